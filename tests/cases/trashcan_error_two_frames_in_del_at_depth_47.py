class A:
    pass


def inner():
    deep_local = A()
    print(1 // 0)


class Node:
    def __init__(self, nxt, n):
        self.nxt = nxt
        self.n = n
        self.side = A()

    def __del__(self):
        if self.n == 13:
            outer_local = A()
            inner()


head = None
for i in range(60):
    head = Node(head, i)
head = None
print('end')
