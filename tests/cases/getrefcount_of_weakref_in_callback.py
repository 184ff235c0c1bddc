import sys
import weakref


class A:
    def m(self):
        return sys.getrefcount(bm)


def cb(w):
    print('single callback: weakref count', sys.getrefcount(w))


def cb2(w):
    print('one of two callbacks: weakref count', sys.getrefcount(w))


a = A()
bm = a.m
print(bm())
print(sys.getrefcount(bm))
x = A()
w = weakref.ref(x, cb)
print(sys.getrefcount(w))
x = None
y = A()
w1 = weakref.ref(y, cb2)
w2 = weakref.ref(y, cb2)
y = None
