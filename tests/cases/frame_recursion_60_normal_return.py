class Leaf:
    def __init__(self, n):
        self.n = n


def down(n, parent):
    mine = Leaf(n)
    mine.parent = parent
    if n == 0:
        return 0
    return down(n - 1, mine) + 1


print(down(60, None))
