class A:
    def __init__(self, tag):
        self.tag = tag


def f(a, b, c):
    return a


f(A('a'), A('b'), {}['missing'])
