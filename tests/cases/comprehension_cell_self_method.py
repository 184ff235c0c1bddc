class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del item', self.n)


class Basket:
    def __init__(self):
        self.scale = 3

    def scaled(self, items):
        total = Item(99)
        out = [Item(self.scale * i.n) for i in items]
        print('built', len(out))
        return out

    def __del__(self):
        print('del basket')


b = Basket()
r = b.scaled([Item(1), Item(2)])
print('got', [i.n for i in r])
del b
del r
