class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
def f(a, b, *args, c=None, **kw):
    if False:
        print(zz)
    y = D(10)
    zz = D(11)
    x = y
    for q in [D(12)]:
        pass
    w = D(13)
    return D(14)
r = f(D(1), D(2), D(3), D(4), c=D(5), e=D(6))
print('ret')
del r
def g(p):
    v = D(20)
    def inner():
        return p, v
    u = D(21)
    return 5
g(D(22))
print('lambda')
(lambda z: z)(D(30))
print('class args')
class K:
    def __init__(self, a):
        print('init')
K(D(40))
print('builtin')
len([D(50)])
print(str(D(51)) is not None)
print('end')
