# A proxy's repr names its referent's type, NoneType once it is dead.
import weakref


class Foo:
    pass


f = Foo()
p = weakref.proxy(f)
print(repr(p))
print([p])
del f
print(repr(p))
