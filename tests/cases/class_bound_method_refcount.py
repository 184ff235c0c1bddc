# A bound method holds its object: getrefcount counts it; the method of a
# class attribute function, a staticmethod and a classmethod.
import sys


class Foo:
    def m(self):
        return sys.getrefcount(self)

    @staticmethod
    def s(x):
        return x * 2

    @classmethod
    def c(cls):
        return cls.__name__


f = Foo()
print(sys.getrefcount(f))
bm = f.m
print(sys.getrefcount(f), bm(), f.m())
print(f.s(2), Foo.s(3), f.c(), Foo.c(), bm.__self__ is f, bm.__func__ is Foo.m)
del bm
print(sys.getrefcount(f))
