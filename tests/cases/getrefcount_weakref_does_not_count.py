import sys
import weakref


class A:
    pass


def cb(w):
    print('cb')


a = A()
w = weakref.ref(a)
w2 = weakref.ref(a, cb)
print(sys.getrefcount(a))
print(sys.getrefcount(w()))
