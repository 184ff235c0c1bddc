import gc
import weakref


class Node:
    def __init__(self):
        self.me = self


def cb(w):
    print('callback fails')
    print(1 // 0)


n = Node()
w = weakref.ref(n, cb)
n = None
gc.collect()
print('script goes on')
