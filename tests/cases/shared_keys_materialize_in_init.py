class Leaf:
    def __init__(self, tag):
        self.tag = tag


class P:
    def __init__(self, n):
        self.y = Leaf('y')
        self.x = Leaf('x')
        if n == 30:
            self.extra = Leaf('extra')
        self.w = Leaf('w')


keep = []
for i in range(31):
    keep.append(P(i))
print('release the 31st instance')
keep.pop()
print('release the 30th')
keep.pop()
print('end')
