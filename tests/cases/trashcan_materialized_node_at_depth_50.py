class Leaf:
    def __init__(self, tag):
        self.tag = tag


class Mat:
    pass


class Plain:
    def __init__(self, nxt):
        self.nxt = nxt


keep = []
for i in range(30):
    keep.append(Mat())
m = Mat()
m.first = Leaf('first')
m.second = Leaf('second')
head = m
m = None
for i in range(49):
    head = Plain(head)
print('release: the Mat node sits at depth', 49 + 1)
head = None
print('end')
