# proxy() of a callable is a CallableProxyType, else a ProxyType.
import weakref


class Plain:
    pass


class Callable:
    def __call__(self):
        return 'called'


a, b = Plain(), Callable()
pa, pb = weakref.proxy(a), weakref.proxy(b)
print(type(pa) is weakref.ProxyType, type(pb) is weakref.CallableProxyType)
print(isinstance(pa, weakref.ProxyType), pb())
print(type(pa), type(pb))
try:
    pa()
except TypeError as e:
    print(e)
