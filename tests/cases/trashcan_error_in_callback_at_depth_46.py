import weakref


class A:
    pass


class Node:
    def __init__(self, nxt, n):
        self.nxt = nxt
        self.n = n
        self.side = A()


def cb(w):
    local = A()
    print(1 // 0)


keep = []
head = None
for i in range(60):
    head = Node(head, i)
    if i == 14:
        keep.append(weakref.ref(head, cb))
head = None
print('end')
