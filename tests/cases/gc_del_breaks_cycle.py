import gc


class Node:
    def __init__(self, tag):
        self.tag = tag
        self.peer = None

    def __del__(self):
        print('finalizing', self.tag)
        self.peer = None


a = Node('a')
b = Node('b')
a.peer = b
b.peer = a
a = None
b = None
gc.collect()
print('end')
