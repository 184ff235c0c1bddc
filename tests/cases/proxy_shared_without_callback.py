# proxy(obj) without a callback is shared, with a callback it is new.
import weakref


class Foo:
    pass


def cb(p):
    print('cb')


f = Foo()
p1 = weakref.proxy(f)
p2 = weakref.proxy(f)
p3 = weakref.proxy(f, cb)
print(p1 is p2, p1 is p3, weakref.getweakrefcount(f))
r = weakref.ref(f)
print(weakref.getweakrefcount(f))
del f
