# The types of the weak helpers and a WeakMethod's repr.
import weakref


class Foo:
    def m(self):
        pass


f = Foo()
fin = weakref.finalize(f, print, 'x')
wm = weakref.WeakMethod(f.m)
print(type(fin), type(wm), weakref.ProxyType, weakref.CallableProxyType)
print(repr(wm))
print(isinstance(wm, weakref.ReferenceType), type(wm) is weakref.WeakMethod)
del f
print(repr(wm))
