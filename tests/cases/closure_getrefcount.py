# A cell holds one reference to what it contains: getrefcount sees it
# once per cell, not once per closure.
import sys


class Foo:
    pass


def make():
    x = Foo()
    print('in frame', sys.getrefcount(x))

    def a():
        return x

    def b():
        return x
    print('two closures', sys.getrefcount(x))
    return a, b, x


a, b, x = make()
print('after return', sys.getrefcount(x))
a = b = None
print('closures gone', sys.getrefcount(x))
