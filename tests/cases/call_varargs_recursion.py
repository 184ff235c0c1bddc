# Passing *args on: each call makes a new tuple of the same items.
import sys


class Foo:
    pass


def depth(n, *items):
    if n == 0:
        return sys.getrefcount(items[0])
    return depth(n - 1, *items)


x = Foo()
print(depth(0, x), depth(3, x), sys.getrefcount(x))
