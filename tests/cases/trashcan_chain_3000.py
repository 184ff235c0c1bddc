class Node:
    def __init__(self, nxt):
        self.nxt = nxt
        self.side = Side()


class Side:
    pass


head = None
for i in range(3000):
    head = Node(head)
print('built 3000')
head = None
print('end')
