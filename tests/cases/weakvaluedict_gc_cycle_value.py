# A value in a reference cycle stays in the dict until gc.collect().
import gc
import weakref


class Node:
    def __init__(self):
        self.me = self


d = weakref.WeakValueDictionary()
n = Node()
d['n'] = n
n = None
print(len(d))
gc.collect()
print(len(d), 'n' in d)
