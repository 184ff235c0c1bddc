import gc
import weakref


class Node:
    def __init__(self, tag):
        self.tag = tag
        self.me = self

    def __del__(self):
        if self.tag == 'a':
            refs.append(weakref.ref(self.peer, cb))
            print('a made a weakref to b during the collection')


def cb(w):
    print('callback for b during the clear phase')


refs = []
a = Node('a')
b = Node('b')
a.peer = b
a = None
b = None
gc.collect()
print(len(refs), refs[0]() is None)
