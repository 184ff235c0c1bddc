# del removes a reference, not an object: the object dies only when its
# last reference goes, wherever that reference was.


class Node:
    def __init__(self, name):
        self.name = name
        self.child = None


root = Node('root')
root.child = Node('child')
keep = root.child
del root.child     # the child survives: `keep` still holds it
items = [Node('x'), Node('y')]
del items[0]       # x had one reference: destroyed now
del keep           # now the child goes
del root, items    # root, then the list and y
print('end')
