class Box:
    def __init__(self, v):
        self.v = v

    def __del__(self):
        print('del', self.v)


grid = [[Box(i * 10 + j) for j in range(2)] for i in range(2)]
print([[b.v for b in row] for row in grid])


def table(n):
    rows = [[(i, j) for j in range(i)] for i in range(n)]
    return rows


print(table(3))
del grid
