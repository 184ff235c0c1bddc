class Node:
    def __init__(self, nxt):
        self.nxt = nxt
        self.leaf = Leaf()


class Leaf:
    pass


head = None
for i in range(200):
    head = Node(head)
print('built 200')
head = None
print('end')
