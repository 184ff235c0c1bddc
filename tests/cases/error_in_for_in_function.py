class A:
    def __init__(self, n):
        self.n = n


def walk(p):
    before = A('before')
    for x in [A(1), A(2), A(3)]:
        if x.n == 2:
            return x.missing
    after = A('after')


walk(A('param'))
