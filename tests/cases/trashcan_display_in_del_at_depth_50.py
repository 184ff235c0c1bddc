class A:
    pass


class Node:
    def __init__(self, nxt, n):
        self.nxt = nxt
        self.n = n

    def __del__(self):
        if self.n == 10:
            print([A()])
            print('list display printed in __del__ at depth 50')


head = None
for i in range(60):
    head = Node(head, i)
head = None
print('end')
