# iter(), next(), sorted(), list(), in and dict() over weak dicts, and the
# repr of their generators.
import weakref


class V:
    pass


v = V()
d = weakref.WeakValueDictionary()
d['a'] = v
g = iter(d)
print(next(g))
print(next(g, 'end'))
print(sorted(d), list(d), 'a' in d.keys())
print(dict(d))
k = weakref.WeakKeyDictionary()
k[v] = 1
print(dict(k) == {v: 1}, d == d, d != k)
print(str(d.keys())[:30])
