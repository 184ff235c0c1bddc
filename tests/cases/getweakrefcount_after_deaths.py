# getweakrefcount drops as weak references and proxies die.
import weakref


class Foo:
    pass


a = Foo()
r = weakref.ref(a, print)
p = weakref.proxy(a)
w = weakref.ref(a)
print(weakref.getweakrefcount(a))
del r
print(weakref.getweakrefcount(a))
p = None
print(weakref.getweakrefcount(a))
print(weakref.getweakrefcount(1), weakref.getweakrefcount([]))
