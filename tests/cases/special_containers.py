# __getitem__, __setitem__, __delitem__, __contains__ and __call__: each a
# frame holding self and the arguments; the arguments of a call to an
# instance are held by the call's tuple too.
import sys


class Box:
    def __init__(self):
        self.data = {}

    def __getitem__(self, k):
        print('get', k)
        return self.data[k]

    def __setitem__(self, k, v):
        print('set', k, sys.getrefcount(v))
        self.data[k] = v

    def __delitem__(self, k):
        print('del', k)
        del self.data[k]

    def __contains__(self, k):
        print('contains', k)
        return len(self.data) if k in self.data else 0

    def __call__(self, x, y=2):
        print('call', sys.getrefcount(x), sys.getrefcount(self))
        return [x, y]


b = Box()
b['a'] = [1]
b[1] = []
print(b['a'], 'a' in b, 'z' not in b, 1 in b)
del b['a']
print(b.data)
r = b([5])
print(r, b(x=[6], y=3))
b['a'] += [2]
