class Leaf:
    def __init__(self, tag):
        self.tag = tag


class P:
    pass


keep = []
for i in range(24):
    keep.append(P())
a = P()
a.b = Leaf('a.b')
a.a = Leaf('a.a')
b = P()
b.a = Leaf('b.a')
b.b = Leaf('b.b')
b.c = Leaf('b.c')
b.d = Leaf('b.d')
print('release a')
a = None
print('release b')
b = None
print('end')
