import weakref


class A:
    pass


class Node:
    def __init__(self, nxt, n):
        self.nxt = nxt
        self.n = n
        self.side = A()


def inner():
    deep_local = A()
    print(1 // 0)


def cb(w):
    outer_local = A()
    inner()


keep = []
head = None
for i in range(60):
    head = Node(head, i)
    if i == 13:
        keep.append(weakref.ref(head, cb))
head = None
print('end')
