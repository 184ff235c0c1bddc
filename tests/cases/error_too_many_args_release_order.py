class A:
    def __init__(self, tag):
        self.tag = tag


def f(p, q):
    r = A('r')
    return r


keep = A('keep')
f(A('x'), A('y'), A('z'))
