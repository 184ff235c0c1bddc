import weakref
class N:
    def __init__(self, i):
        self.i = i
    def __del__(self):
        if self.i % 10 == 0 or self.i > 95:
            print('__del__', self.i)
class T:
    pass
keep = T()
h = None
for i in range(100):
    n = N(i)
    n.prev = h
    h = n
del n
def cb(w):
    print('cb')
anchor = N(1000)
ws = []
for i in range(3):
    ws.append(weakref.ref(anchor, cb))
anchor.chain = h
del h
del anchor
print('end')
