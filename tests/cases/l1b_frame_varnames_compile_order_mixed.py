class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
def f(flag):
    if flag:
        c = a = b
    x: int
    k = D(1)
    try:
        raise KeyError(D(2))
    except KeyError as ee:
        pass
    w = (yy := D(3))
    lam = lambda q=D(4): q
    c2 = [z for z in [D(5)]]
    b = D(6)
    a = D(7)
    c = D(8)
    t1, (t2, t3) = D(9), (D(10), D(11))
    *st, en = [D(12), D(13)]
    g = D(14)
    g += 0 if False else 0 if True else 1
    return None
f(False)
print('end')
