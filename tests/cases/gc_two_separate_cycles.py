import gc


class Node:
    def __init__(self, tag):
        self.tag = tag
        self.me = self

    def __del__(self):
        print('bye', self.tag)


a = Node('a')
b = Node('b')
c = Node('c')
a = None
c = None
gc.collect()
print('b stays')
