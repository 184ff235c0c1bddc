# A comprehension whose element is another comprehension over the outer
# item (the inner one's first iterable is evaluated in the outer frame).
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


grid = [[Item(m) for m in range(n, n + 2)] for n in (0, 10)]
print([[i.n for i in row] for row in grid])
del grid
print('end')
