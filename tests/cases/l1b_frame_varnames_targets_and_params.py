class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
    def __iadd__(self, o):
        return self
def f():
    d = {}
    d[kk] = vv = D(1) if False else D(2)
    return 0
def g():
    for i, j in [(D(3), D(4))]:
        pass
    m = D(5)
    while not (m2 := None):
        break
    o = D(6)
    o += 1
    del m
    m = D(7)
    print('end g')
g()
def h(a, b=1, *c, d, e=2, **f):
    z = D(8)
    y = D(9)
    global gg
    gg = D(10)
    if False:
        del q
    q = D(11)
    return 1
h(D(12), d=D(13), x=D(14))
print('end')
