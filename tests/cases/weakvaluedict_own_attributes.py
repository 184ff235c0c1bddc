# The script's own attributes on a weak container: they live in its
# __dict__ (before the methods of its class), and go after its entries
# when it dies.
import weakref


class V:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('gone', self.n)


class K:
    def __del__(self):
        print('key gone')


d = weakref.WeakValueDictionary()
keep = V(1)
d[K()] = keep
d.owner = V(2)
d.get = 5
print(d.get, d.owner.n, len(d))
del d.get
print(d.get(0))
d = None
print('end')
