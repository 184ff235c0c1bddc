class A:
    pass


class B:
    def __init__(self, x):
        self.x = 1


class Node:
    def __init__(self, nxt, n):
        self.nxt = nxt
        self.n = n

    def __del__(self):
        if self.n == 10:
            B(A())
            print('B(A()) done in __del__ at depth 50')


head = None
for i in range(60):
    head = Node(head, i)
head = None
print('end')
