# N linked instances, each with a list and a dict of its own.
N = 1000


class Node:
    def __init__(self, i, prev):
        self.i = i
        self.prev = prev
        self.items = [i, prev]
        self.meta = {'i': i}


head = None
for i in range(N):
    head = Node(i, head)
print(head.i)
