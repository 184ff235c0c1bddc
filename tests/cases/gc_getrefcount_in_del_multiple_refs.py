import gc
import sys


class Node:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print(self.tag, sys.getrefcount(self))


a = Node('a')
b = Node('b')
c = Node('c')
a.next = b
b.next = c
c.next = a
a.also = c
a = None
b = None
c = None
gc.collect()
print('end')
