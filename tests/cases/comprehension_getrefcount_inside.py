# getrefcount inside: the loop variable, the list (through the iterator)
# and the frame's iterator.
import sys


class Foo:
    pass


a = Foo()
items = [a, a]
print([sys.getrefcount(x) for x in items])
print([sys.getrefcount(items) for x in items])
print([sys.getrefcount(a) for x in range(1)])
