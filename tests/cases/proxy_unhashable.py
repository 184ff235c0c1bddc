# A proxy cannot be a dict key (ProxyType is unhashable).
import weakref


class Foo:
    pass


f = Foo()
p = weakref.proxy(f)
d = {}
try:
    d[p] = 1
except TypeError as e:
    print(e)
print(len(d))
