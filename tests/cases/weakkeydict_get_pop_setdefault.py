# get, pop and setdefault with object keys.
import weakref


class K:
    pass


class V:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('gone', self.n)


d = weakref.WeakKeyDictionary()
a, b = K(), K()
print(d.get(a), d.setdefault(a, V(1)).n, d.setdefault(a, V(2)).n)
x = d.pop(a)
print(x.n, len(d), d.pop(b, 'none'))
x = None
print(d.get(b, 'dflt'))
d.pop(b)
