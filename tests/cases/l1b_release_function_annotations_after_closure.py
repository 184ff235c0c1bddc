class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('fin', self.n)
def mk():
    c = D('cell')
    a1 = D('ann1'); a2 = D('ann2'); a3 = D('ann3'); a4 = D('ann4'); r = D('ret'); po = D('posonly'); va = D('var'); kw = D('kw')
    def f(p: po, /, x: a1, y: a2 = D('def'), *v: va, k: a3 = D('kwdef'), k2: a4, **kk: kw) -> r:
        return c
    f.attr = D('attr')
    return f
f = mk()
print('x')
del f
