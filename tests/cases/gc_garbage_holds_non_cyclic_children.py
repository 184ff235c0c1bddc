import gc


class Node:
    def __init__(self):
        self.me = self
        self.kids = [Leaf(), Leaf()]


class Leaf:
    pass


n = Node()
n = None
print('the node leaks with its children')
gc.collect()
print('end')
