class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
def f(p, zp):
    m = D(1)
    zc = D(2)
    ac = D(3)
    plain = D(4)
    def g():
        return zc, ac, zp
    return 0
f(D(5), D(6))
print('end f')
def h():
    b = D(7)
    a = D(8)
    fn = lambda: (a, b)
    return fn
fn = h()
print('have fn')
del fn
print('end')
