# len() and subscripts through a proxy, and once it is dead.
import weakref


class Bag:
    def __init__(self):
        self.items = [1, 2, 3]

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


b = Bag()
p = weakref.proxy(b)
print(len(p), p[1])
del b
for op in ('len', 'item'):
    try:
        if op == 'len':
            len(p)
        else:
            p[0]
    except ReferenceError as e:
        print(op, e)
