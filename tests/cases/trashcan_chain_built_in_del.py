class Link:
    def __init__(self, nxt):
        self.nxt = nxt
        self.side = Side()


class Side:
    pass


class Node:
    def __init__(self, nxt, n):
        self.nxt = nxt
        self.n = n

    def __del__(self):
        if self.n == 20:
            chain = None
            i = 0
            while i < 40:
                chain = Link(chain)
                i = i + 1
            print('chain of 40 built in __del__ at depth 30')


head = None
for i in range(50):
    head = Node(head, i)
head = None
print('end')
