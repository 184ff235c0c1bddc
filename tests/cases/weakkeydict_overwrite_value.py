# Storing under the same key keeps the entry and releases the old value.
import weakref


class K:
    pass


class V:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('gone', self.n)


d = weakref.WeakKeyDictionary()
k = K()
d[k] = V(1)
d[k] = V(2)
print(len(d), d[k].n)
del d[k]
print(len(d))
