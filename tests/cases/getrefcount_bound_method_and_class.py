import sys


class A:
    def m(self):
        pass


a = A()
print(sys.getrefcount(a))
a.keep = a.m
print(sys.getrefcount(a))
f = a.m
print(sys.getrefcount(a))
del a.keep
f = None
print(sys.getrefcount(a))
