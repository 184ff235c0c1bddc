# The finalizer's arguments tuple holds its arguments.
import sys
import weakref


class Foo:
    pass


class Arg:
    pass


o = Foo()
a = Arg()
print(sys.getrefcount(a))
f = weakref.finalize(o, print, a, a)
print(sys.getrefcount(a))
f.detach()
print(sys.getrefcount(a))
