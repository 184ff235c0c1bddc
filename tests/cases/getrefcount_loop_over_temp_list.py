import sys


class A:
    pass


for x in [A(), A()]:
    print(sys.getrefcount(x))
print(sys.getrefcount(x))
