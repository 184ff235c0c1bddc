import gc


class Node:
    def __init__(self, tag):
        self.tag = tag
        self.peer = None


a = Node('a')
b = Node('b')
a.peer = b
b.peer = a
keep = [b]
a = None
b = None
gc.collect()
print('kept alive from the list')
keep = None
gc.collect()
print('end')
