# An object in a cycle: gc.collect() kills it and its WeakMethod dies.
import gc
import weakref


class Node:
    def __init__(self):
        self.me = self

    def ping(self):
        return 'pong'


def cb(w):
    print('weakmethod callback')


n = Node()
wm = weakref.WeakMethod(n.ping, cb)
print(wm()())
del n
print(wm() is None)
gc.collect()
print(wm() is None)
