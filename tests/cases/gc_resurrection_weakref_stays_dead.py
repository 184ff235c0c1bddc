import gc
import weakref


class Node:
    def __init__(self):
        self.me = self

    def __del__(self):
        global saved
        saved = self


def cb(w):
    print('callback', w() is None)


saved = None
n = Node()
w = weakref.ref(n, cb)
n = None
gc.collect()
print(saved is None, w() is None)
