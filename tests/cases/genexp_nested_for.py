# A generator expression with two fors and an if, closed early by any.
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


rows = [[Item(1), Item(2)], [Item(3), Item(4)]]
print(any(x.n == 2 for row in rows for x in row if x.n > 0))
del rows
print('end')
