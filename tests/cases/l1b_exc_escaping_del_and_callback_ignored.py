import weakref
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__ start', self.n)
        x = [self.n]
        raise ValueError('boom')
        print('never')
class P:
    pass
d = D(1)
del d
print('after')
p = P()
def cb(w):
    y = [1]
    print('cb')
    raise KeyError('k')
w = weakref.ref(p, cb)
del p
print('end')
