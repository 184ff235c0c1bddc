class A:
    def __init__(self, tag):
        self.tag = tag


def g():
    [A('inner item')].x = A('value')


def f(a, b):
    return a


f(A('outer temp'), g())
