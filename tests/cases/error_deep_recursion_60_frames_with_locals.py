class A:
    def __init__(self, n):
        self.n = n


def level(n, parent):
    mine = A(n)
    mine.parent = parent
    if n == 0:
        return mine.missing
    return level(n - 1, mine)


level(60, None)
