# A finalizer's weak reference counts in getweakrefcount until it runs.
import weakref


class Foo:
    pass


o = Foo()
print(weakref.getweakrefcount(o))
f = weakref.finalize(o, print, 'ran')
print(weakref.getweakrefcount(o))
f()
print(weakref.getweakrefcount(o))
