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


chains = [build(52), build(52)]
print('clearing')
chains.clear()
print('end')
