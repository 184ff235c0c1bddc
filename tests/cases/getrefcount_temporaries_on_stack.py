import sys


class A:
    pass


a = A()
print(a, sys.getrefcount(a))
print(sys.getrefcount(a), a)
l = [a]
print(sys.getrefcount(l[0]))
print(sys.getrefcount(A()))
print(sys.getrefcount([a, a]), sys.getrefcount(a))
