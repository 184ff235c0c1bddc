class Node:
    def __init__(self, tag, child):
        self.tag = tag
        self.child = child

    def __del__(self):
        print('enter', self.tag)


c = Node('c', None)
b = Node('b', c)
a = Node('a', b)
c = None
b = None
a = None
print('end')
