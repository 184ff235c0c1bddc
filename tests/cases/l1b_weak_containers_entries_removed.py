import weakref
class K:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
    def __hash__(self):
        return self.n
    def __eq__(self, o):
        return self is o
wvd = weakref.WeakValueDictionary()
k = K(1)
v = K(2)
wvd[k] = v
del k
print('k dropped')
del v
print(len(wvd))
v2 = K(3)
wvd['x'] = v2
for key in wvd:
    val = wvd[key]
    print('loop', key)
del v2
print('loop var keeps', val.n)
del val
print(len(wvd))
wkd = weakref.WeakKeyDictionary()
a = K(4)
wkd[a] = K(5)
del a
print(len(wkd))
ws = weakref.WeakSet()
b = K(6)
ws.add(b)
print(b in ws, len(ws))
ws.discard(b)
ws.add(b)
del b
print(len(ws))
