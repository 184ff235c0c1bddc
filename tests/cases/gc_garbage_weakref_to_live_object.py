import gc
import weakref


class Plain:
    pass


class Node:
    def __init__(self):
        self.me = self


def cb(w):
    print('never: the weakref dies as garbage, its referent lives')


target = Plain()
n = Node()
n.w = weakref.ref(target, cb)
n = None
gc.collect()
print(target)
target = None
print('end')
