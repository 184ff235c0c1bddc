# A dying function releases its defaults (last to first), its keyword-only
# defaults (in order), then its closure cells, last to first: the free
# variables sorted alphabetically.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def make():
    zeta = Foo('cell zeta')
    alpha = Foo('cell alpha')
    mid = Foo('cell mid')

    def f(a=Foo('default a'), b=Foo('default b'), *, k=Foo('kwdefault k'), j=Foo('kwdefault j')):
        return zeta, alpha, mid
    return f


g = make()
print('made')
g = None
print('end')
