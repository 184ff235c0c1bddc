import sys


class A:
    pass


a = A()
l = [a, a, a]
d = {'x': a, 'y': a}
print(sys.getrefcount(a))
print(sys.getrefcount(l), sys.getrefcount(d))
l.pop()
del d['x']
print(sys.getrefcount(a))
l.clear()
d.clear()
print(sys.getrefcount(a))
