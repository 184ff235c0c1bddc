class Leaf:
    def __init__(self, tag):
        self.tag = tag


class P:
    pass


keep = []
for i in range(40):
    keep.append(P())
p = P()
p.a = Leaf('a')
p.b = Leaf('b')
p.c = Leaf('c')
del p.a
p.a = Leaf('a2')
print('release p')
p = None
print('end')
