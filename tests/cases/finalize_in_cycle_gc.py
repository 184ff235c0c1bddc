# Objects in a cycle: the collector runs the finalizer, before __del__.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print('__del__', self.name)


def fin(name):
    print('finalizer', name)


a, b = Node('a'), Node('b')
a.other, b.other = b, a
weakref.finalize(a, fin, 'a')
del a, b
print('collect')
gc.collect()
print('end')
