# A comprehension in a method reads self's list through the first iterable.
class Bag:
    def __init__(self):
        self.items = [Item(1), Item(2)]

    def tags(self):
        return [i.n for i in self.items]


class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


b = Bag()
print(b.tags())
del b
print('end')
