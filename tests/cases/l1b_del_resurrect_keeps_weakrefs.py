import weakref, gc
saved = []
class R:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
        saved.append(self)
def cb(w):
    print('cb')
r = R(1)
w = weakref.ref(r, cb)
del r
print(w() is saved[0])
saved.clear()
print('cleared')
print(w())
r2 = R(2)
r2.self = r2
w2 = weakref.ref(r2, cb)
del r2
gc.collect()
print(w2())
print(len(saved))
saved[0].self = None
saved.clear()
print('end')
