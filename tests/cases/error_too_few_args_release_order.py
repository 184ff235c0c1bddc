class A:
    def __init__(self, tag):
        self.tag = tag


def f(p, q, r):
    s = A('s')
    return s


f(A('x'), A('y'))
