import gc
import weakref


class Node:
    def __init__(self):
        self.me = self

    def __del__(self):
        print('__del__ sees the callback ran:', seen[0])


def cb(w):
    seen[0] = True
    print('callback')


seen = [False]
n = Node()
w = weakref.ref(n, cb)
n = None
gc.collect()
print('end')
