import gc
import weakref


class Node:
    def __init__(self, tag):
        self.tag = tag
        self.me = self

    def __del__(self):
        global saved
        saved = self
        refs.append(weakref.ref(self, cb))
        print('resurrected with a fresh weakref')


def cb(w):
    print('callback of the fresh weakref')


refs = []
saved = None
n = Node('n')
n = None
gc.collect()
print(refs[0]() is saved)
saved = None
print('garbage again: no second finalizer, but the fresh weakref calls back')
gc.collect()
print(refs[0]() is None)
