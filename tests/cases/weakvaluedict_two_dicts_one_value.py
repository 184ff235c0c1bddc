# Two dicts share a value: each removes its own entry, newest dict first.
import weakref


class V:
    def __del__(self):
        print('v del')


class K:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('key del', self.n)


d1 = weakref.WeakValueDictionary()
d2 = weakref.WeakValueDictionary()
v = V()
d1[K(1)] = v
d2[K(2)] = v
v = None
print(len(d1), len(d2))
