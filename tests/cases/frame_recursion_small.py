class A:
    def __init__(self, n):
        self.n = n


def down(n):
    mine = A(n)
    if n == 0:
        return 0
    return down(n - 1) + 1


print(down(3))
