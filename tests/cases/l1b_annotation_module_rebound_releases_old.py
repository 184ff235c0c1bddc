class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
a = D(1)
x: a = 1
del a
print('rebind annotation')
b = D(2)
x: b = 2
del b
print('again')
x: int = 3
c = D(3)
y: c
del c
class K:
    kk: x
    kk: int
k = D(4)
class C:
    q: k = 2
    r: k
del k
print('end')
