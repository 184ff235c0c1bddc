class A:
    def __init__(self, tag):
        self.tag = tag


def f(p):
    q = A('q')
    return p.missing


print(A('a'), f(A('b')))
