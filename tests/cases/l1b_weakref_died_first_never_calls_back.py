import weakref
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
def cb(w):
    print('cb')
a = D(1)
w = weakref.ref(a, cb)
p = weakref.proxy(a, cb)
f = weakref.finalize(a, print, 'fin')
del w, p
f.detach()
del a
print('---')
class Holder:
    def __init__(self):
        self.cbobj = D(2)
    def call(self, w):
        print('bm cb')
h = Holder()
b = D(3)
w2 = weakref.ref(b, h.call)
del h
print('__del__ w2')
del w2
print('__del__ b')
del b
print('---')
c = D(4)
def mk():
    stuff = D(5)
    def inner(w):
        print('closure cb', stuff.n)
    return inner
w3 = weakref.ref(c, mk())
del c
print('end')
