# The repr of a finalizer names its object; dead once it ran.
import weakref


class Foo:
    pass


o = Foo()
f = weakref.finalize(o, print, 'bye')
print(repr(f).split(';')[1])
f()
print(repr(f).split(';')[1])
