import weakref


class Node:
    def __init__(self, nxt):
        self.nxt = nxt
        self.side = Side()


class Side:
    pass


def cb(w):
    print('callback of the deferred node')


head = None
for i in range(55):
    head = Node(head)
    if i == 3:
        w = weakref.ref(head, cb)
head = None
print('end')
