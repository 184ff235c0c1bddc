class A:
    def __init__(self, tag):
        self.tag = tag


def f(p):
    return p


f(A('p'), A('extra1'), A('extra2'))
