import gc
import weakref


class Node:
    def __init__(self, tag):
        self.tag = tag
        self.peer = None

    def __del__(self):
        print(self.tag, 'sees its weakref dead:', self.wpeer() is None)


a = Node('a')
b = Node('b')
a.peer = b
b.peer = a
a.wpeer = weakref.ref(b)
b.wpeer = weakref.ref(a)
a = None
b = None
gc.collect()
print('end')
