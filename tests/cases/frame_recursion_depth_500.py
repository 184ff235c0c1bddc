class A:
    def __init__(self, n):
        self.n = n


def down(n, above):
    mine = A(n)
    mine.above = above
    if n == 0:
        return 0
    return down(n - 1, mine) + 1


print(down(500, None))
