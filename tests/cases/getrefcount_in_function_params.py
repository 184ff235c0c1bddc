import sys


class A:
    pass


def count(p):
    return sys.getrefcount(p)


def count_local():
    x = A()
    return sys.getrefcount(x)


a = A()
print(count(a))
print(count(A()))
print(count_local())
b = a
print(count(b))
