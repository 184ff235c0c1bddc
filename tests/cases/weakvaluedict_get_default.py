# get() returns the value while it lives, then the default.
import weakref


class V:
    pass


d = weakref.WeakValueDictionary()
v = V()
d[1] = v
print(d.get(1) is v, d.get(2), d.get(2, 'dflt'))
del v
print(d.get(1), d.get(1, 0))
