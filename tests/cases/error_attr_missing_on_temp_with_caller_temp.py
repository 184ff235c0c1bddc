class A:
    def __init__(self, tag):
        self.tag = tag


def g():
    return A('inner temp').nothing


def f(a, b):
    return a


f(A('outer temp'), g())
