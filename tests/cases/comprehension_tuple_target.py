# Tuple targets unpack each item; the locals are released in the order
# CPython's compiler meets them.
class Item:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def pairs():
    return [(Item('a1'), Item('b1')), (Item('a2'), Item('b2'))]


out = [b.tag + a.tag for a, b in pairs()]
print(out)
