import gc


class Node:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('finalizing', self.tag)
        self.peer.kept = self


a = Node('a')
b = Node('b')
a.peer = b
b.peer = a
a = None
b = None
gc.collect()
print('storing into other garbage keeps nothing alive')
