import gc
import weakref


class Node:
    def __init__(self):
        self.me = self


def cb(w):
    print('never called: the weakref is garbage too')


def cb2(w):
    print('called: this weakref is alive')


n = Node()
n.w = weakref.ref(n, cb)
w2 = weakref.ref(n, cb2)
n = None
gc.collect()
print('end')
