class Leaf:
    def __init__(self, tag):
        self.tag = tag


class P:
    pass


p = P()
p.a = Leaf('a')
p.b = Leaf('b')
p.c = Leaf('c')
del p.a
keep = []
for i in range(30):
    keep.append(P())
p.z = Leaf('z fits: the last free key')
p.w = Leaf('w does not fit: p gets its own dict')
p.a = Leaf('a again: appended at the end')
print('release p: b, c, z, w, a')
p = None
print('end')
