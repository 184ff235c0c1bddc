import sys


class A:
    def plain(self):
        return sys.getrefcount(self)

    def with_arg(self, x):
        return sys.getrefcount(x)


a = A()
print(a.plain())
print(A().plain())
print(a.with_arg(a))
m = a.plain
print(m())
print(sys.getrefcount(a))
m = None
print(sys.getrefcount(a))
