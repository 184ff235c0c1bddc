import sys
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
a = D(1)
b = D(2)
c = D(3)
def f(x: a, y: 'str' = c, *, z: b = D(4)) -> a:
    return x
print(sys.getrefcount(a), sys.getrefcount(b))
del a, b, c
print('deleting f')
del f
print('module ann')
m = D(5)
v: m = 1
w: m
print(sys.getrefcount(m))
del m
print('class ann')
k = D(6)
class C:
    q: k = 2
    r: k
print(sys.getrefcount(k))
del k
print('end')
