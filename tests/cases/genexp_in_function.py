# A generator expression inside a function over the function's list.
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


def total():
    items = [Item(1), Item(2)]
    s = sum(i.n for i in items)
    print('sum', s)
    return s


print(total())
