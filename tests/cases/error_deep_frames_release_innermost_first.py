class A:
    def __init__(self, n):
        self.n = n


def level(n):
    mine = A(n)
    if n == 0:
        return mine.missing
    return level(n - 1)


level(3)
