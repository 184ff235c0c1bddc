import gc


class Node:
    def __init__(self, tag):
        self.tag = tag
        self.peer = None

    def __del__(self):
        global saved
        if self.tag == 'a':
            saved = self


class Leaf:
    pass


saved = None
a = Node('a')
b = Node('b')
a.peer = b
b.peer = a
a.child = Leaf()
a = None
b = None
gc.collect()
print(saved.tag, saved.peer.tag, saved.child)
print('end')
