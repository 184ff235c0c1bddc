class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
def outer():
    zeta = D(1)
    alpha = D(2)
    mid = D(3)
    def g(p=D(4), q=D(5), *, k1=D(6), k2=D(7)):
        return zeta, alpha, mid
    return g
g = outer()
print('got')
del g
print('bm')
class C:
    def m(self):
        pass
c = C()
c.d = D(8)
bm = c.m
del c
print('__del__ bm')
del bm
