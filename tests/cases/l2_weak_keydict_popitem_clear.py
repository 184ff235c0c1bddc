# WeakKeyDictionary.popitem() hands back (key, value): the value dies when
# the tuple goes; clear() releases each value, the last entry first.
import weakref


class Key:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('key', self.n, 'gone')


class Val:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('value', self.n, 'gone')


d = weakref.WeakKeyDictionary()
k1 = Key(1)
k2 = Key(2)
k3 = Key(3)
d[k1] = Val(1)
d[k2] = Val(2)
d[k3] = Val(3)
k, v = d.popitem()
print(k.n, v.n, len(d))
k = v = None
d.clear()
print(len(d), k1 in d)
try:
    d.popitem()
except KeyError as e:
    print('empty:', e.args)
