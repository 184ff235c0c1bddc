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
    return head


print(build(55), 1 // 0)
