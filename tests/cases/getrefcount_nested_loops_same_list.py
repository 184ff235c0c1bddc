import sys


class A:
    pass


l = [A(), A()]
for x in l:
    for y in l:
        print(sys.getrefcount(l), sys.getrefcount(x), x is y)
print(sys.getrefcount(l))
