import sys


class A:
    def m(self):
        return sys.getrefcount(A.m)


def f():
    return sys.getrefcount(f)


def g(w):
    pass


a = A()
print(sys.getrefcount(a.m))
print(sys.getrefcount(f), f())
print(a.m())
bm = a.m
print(sys.getrefcount(bm))
l = [g, g]
print(sys.getrefcount(g))
