class A:
    def __init__(self, tag):
        self.tag = tag


def g():
    d = {}
    return d[A('inner key')]


def f(a, b):
    return a


f(A('outer temp'), g())
