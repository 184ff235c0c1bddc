class Leaf:
    pass


class Wide:
    pass


a = Wide()
a.x0 = Leaf()
a.x1 = Leaf()
a.x2 = Leaf()
a.x3 = Leaf()
a.x4 = Leaf()
a.x5 = Leaf()
a.x6 = Leaf()
a.x7 = Leaf()
a.x8 = Leaf()
a.x9 = Leaf()
a.x10 = Leaf()
a.x11 = Leaf()
a.x12 = Leaf()
a.x13 = Leaf()
a.x14 = Leaf()
a.x15 = Leaf()
a.x16 = Leaf()
a.x17 = Leaf()
a.x18 = Leaf()
a.x19 = Leaf()
a.x20 = Leaf()
a.x21 = Leaf()
a.x22 = Leaf()
a.x23 = Leaf()
a.x24 = Leaf()
a.x25 = Leaf()
a.x26 = Leaf()
a.x27 = Leaf()
a.x28 = Leaf()
a.x29 = Leaf()
a.x30 = Leaf()
a.x31 = Leaf()
b = Wide()
b.x31 = Leaf()
b.x1 = Leaf()
b.x0 = Leaf()
print('release a')
a = None
print('release b')
b = None
print('end')
