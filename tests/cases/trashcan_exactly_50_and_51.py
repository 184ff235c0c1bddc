class Node:
    def __init__(self, nxt):
        self.nxt = nxt
        self.side = Side()


class Side:
    pass


a = None
for i in range(50):
    a = Node(a)
print('fifty')
a = None
print('fifty-one')
for i in range(51):
    a = Node(a)
a = None
print('end')
