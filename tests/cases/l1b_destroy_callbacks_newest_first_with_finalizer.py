import weakref
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
def cb(name):
    def inner(w):
        print('cb', name)
    return inner
a = D(1)
w1 = weakref.ref(a, cb('w1'))
w2 = weakref.ref(a, cb('w2'))
p = weakref.proxy(a, cb('p'))
f = weakref.finalize(a, print, 'fin')
w3 = weakref.ref(a, cb('w3'))
w4 = weakref.ref(a, cb('w4'))
del w3
a.child = D(2)
del a
print('end')
