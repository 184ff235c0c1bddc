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
p.a = Leaf('a2')
print('release: a2 keeps the first place')
p = None
print('end')
