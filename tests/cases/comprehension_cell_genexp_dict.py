import sys


class Val:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del val', self.n)


def stats(vals, weight):
    keep = Val(0)
    total = sum(v.n * weight for v in vals)
    table = {v.n: v.n * weight for v in vals if v.n > keep.n}
    print(total, table)
    print(sys.getrefcount(keep))
    return any(v.n == weight for v in vals)


print(stats([Val(1), Val(2)], 2))
