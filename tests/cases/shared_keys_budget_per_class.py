class Leaf:
    def __init__(self, tag):
        self.tag = tag


class Base:
    pass


class Sub(Base):
    pass


first = Base()
first.b = Leaf('first.b')
first.a = Leaf('first.a')
keep = []
for i in range(40):
    keep.append(Sub())
x = Base()
x.a = Leaf('x.a')
x.b = Leaf('x.b')
x.c = Leaf('x.c')
x.d = Leaf('x.d')
print('Sub instances do not use up the budget of Base: shared order b a c d')
x = None
print('end')
