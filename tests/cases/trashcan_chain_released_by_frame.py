class Node:
    def __init__(self, nxt):
        self.nxt = nxt
        self.side = Side()


class Side:
    pass


def build(n):
    head = None
    i = 0
    while i < n:
        head = Node(head)
        i = i + 1
    print('built in frame')


build(60)
print('end')
