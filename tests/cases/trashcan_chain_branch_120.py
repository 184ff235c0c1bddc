class Node:
    def __init__(self, nxt, tag):
        self.nxt = nxt
        self.side = Leaf(tag)


class Leaf:
    def __init__(self, tag):
        self.tag = tag


head = None
i = 0
while i < 120:
    head = Node(head, i)
    i = i + 1
print('built')
head = None
print('end')
