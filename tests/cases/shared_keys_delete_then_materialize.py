class Leaf:
    def __init__(self, tag):
        self.tag = tag


class P:
    pass


keep = []
for i in range(27):
    keep.append(P())
p = P()
p.a = Leaf('a')
p.b = Leaf('b')
p.c = Leaf('c')
del p.a
p.z = Leaf('z')
p.a = Leaf('a again')
print('release p')
p = None
print('end')
