# Re-adding a key after deleting it makes a new entry; the old value goes
# at the delete.
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
del d[k]
d[k] = V(2)
print(len(d), d[k].n)
k = None
print(len(d))
