import sys


class A:
    pass


l = [A(), A()]
print(sys.getrefcount(l))
for x in l:
    print(sys.getrefcount(l), sys.getrefcount(x))
print(sys.getrefcount(l))
for i in range(2):
    print(sys.getrefcount(l))
