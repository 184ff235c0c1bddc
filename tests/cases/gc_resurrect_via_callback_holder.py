import gc
import weakref


class Node:
    def __init__(self, tag):
        self.tag = tag
        self.me = self


class Keeper:
    def __init__(self):
        self.got = []

    def note(self, w):
        self.got.append(w() is None)


k = Keeper()
n = Node('n')
w = weakref.ref(n, k.note)
n = None
gc.collect()
print(k.got)
