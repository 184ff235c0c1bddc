# Construction and update() from a dict: the values stay with the dict.
import weakref


class V:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('gone', self.n)


src = {'a': V(1), 'b': V(2)}
d = weakref.WeakValueDictionary(src)
print(len(d), sorted(d.keys()))
d.update({'c': src['a']})
print(len(d))
del src['a']
print(len(d), sorted(d.keys()))
src = None
print(len(d))
