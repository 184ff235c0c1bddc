import sys


class A:
    pass


k = A()
d = {k: 1}
print(sys.getrefcount(k))
d[k] = 2
print(sys.getrefcount(k))
e = {k: k}
print(sys.getrefcount(k))
del d[k]
print(sys.getrefcount(k))
