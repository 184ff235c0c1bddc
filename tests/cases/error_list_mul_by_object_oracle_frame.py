class A:
    def __init__(self, tag):
        self.tag = tag


def g():
    x = [A('inner')] * A('rhs')


def f(a, b):
    return a


f(A('outer temp'), g())
