import weakref
class N:
    def __init__(self, nxt, i):
        self.nxt = nxt
        self.i = i
    def __del__(self):
        if self.i in (0, 1, 48, 49, 50, 51, 52, 99):
            print('__del__', self.i)
refs = []
def cb(w):
    print('cb')
h = None
for i in range(100):
    h = N(h, i)
    if i in (0, 49, 50, 51, 99):
        refs.append(weakref.ref(h, cb))
del h
print('end')
