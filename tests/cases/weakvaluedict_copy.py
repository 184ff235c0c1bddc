# copy() makes a new dict of the live entries; the copy holds the values
# weakly too.
import weakref


class V:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('gone', self.n)


a, b = V(1), V(2)
d = weakref.WeakValueDictionary()
d['a'] = a
d['b'] = b
c = d.copy()
print(len(c), c['a'] is a)
b = None
print(len(d), len(c))
