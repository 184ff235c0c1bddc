class Leaf:
    def __init__(self, tag):
        self.tag = tag


class P:
    pass


first = P()
first.b = Leaf('first.b')
first.a = Leaf('first.a')
keep = []
for i in range(40):
    keep.append(P())
keep = None
c = P()
c.a = Leaf('c.a')
c.b = Leaf('c.b')
c.z = Leaf('c.z')
d = P()
d.a = Leaf('d.a')
d.b = Leaf('d.b')
d.w = Leaf('d.w')
print('release c: shared order b a z')
c = None
print('release d: own order a b w')
d = None
print('end')
