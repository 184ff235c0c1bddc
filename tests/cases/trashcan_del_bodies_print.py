class Node:
    def __init__(self, nxt, n):
        self.nxt = nxt
        self.n = n
        self.side = Side(n)

    def __del__(self):
        print('node', self.n)


class Side:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('side', self.n)


head = None
for i in range(55):
    head = Node(head, i)
head = None
print('end')
