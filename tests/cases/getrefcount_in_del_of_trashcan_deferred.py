import sys


class Node:
    def __init__(self, nxt, n):
        self.nxt = nxt
        self.n = n

    def __del__(self):
        if self.n < 2:
            print('node', self.n, 'count', sys.getrefcount(self))


head = None
for i in range(60):
    head = Node(head, i)
head = None
print('end')
