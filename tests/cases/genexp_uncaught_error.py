# An uncaught error inside a generator expression in a function.
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


def total(items):
    return sum(x.n // (x.n - 2) for x in items)


total([Item(1), Item(2), Item(3)])
