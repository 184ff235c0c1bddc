# f(*seq): the items become positional arguments; CPython passes them in a
# tuple that keeps them until the call returns.
import sys


class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def pair(a, b):
    print(a.tag, b.tag, sys.getrefcount(a))


items = [Foo('x'), Foo('y')]
pair(*items)
pair(Foo('first'), *[Foo('second')])
t = (Foo('t1'), Foo('t2'))
pair(*t)
items = t = None
print('end')
