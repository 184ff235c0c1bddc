class A:
    def __init__(self, tag):
        self.tag = tag


def inner(p):
    t = A('t')
    return p.missing


def outer(p):
    u = A('u')
    return g(A('first'), inner(A('arg')), A('never'))


def g(a, b, c):
    return a


x = outer(A('p'))
