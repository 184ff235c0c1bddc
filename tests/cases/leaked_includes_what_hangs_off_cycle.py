class Node:
    def __init__(self):
        self.me = self
        self.data = [Leaf(), {'k': Leaf()}]


class Leaf:
    pass


keep = Leaf()
n = Node()
n.also = keep
n = None
print('keep is alive, the rest leaked')
