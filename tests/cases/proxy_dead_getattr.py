# Reading an attribute through a dead proxy raises ReferenceError.
import weakref


class Foo:
    def __init__(self):
        self.x = 1


f = Foo()
p = weakref.proxy(f)
del f
try:
    p.x
except ReferenceError as e:
    print('get:', e)
