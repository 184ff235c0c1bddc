# weakref.ref of an instance needs '__weakref__' in its slots.
import weakref


class Node:
    __slots__ = ('value', '__weakref__')

    def __init__(self, value):
        self.value = value


class Leaf:
    __slots__ = ('value',)


n = Node([1])
r = weakref.ref(n)
print(r() is n, r().value)
n = None
print(r())
leaf = Leaf()
weakref.ref(leaf)
