# The count of a key while its __hash__ runs, in each dict operation that
# hashes it: PyDict_SetItem's callers hold one more than a lookup.  keys()
# returns a tuple: PyMapping_Keys copies it into a list (a list it would not
# copy, but the oracle's lists are a subclass, which it does)
import sys


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        print('  hash', self.name, sys.getrefcount(self))
        return ord(self.name)

    def __eq__(self, other):
        return self is other


class Mapping:
    def __init__(self, keys):
        self.k = keys

    def keys(self):
        return self.k

    def __getitem__(self, key):
        return 0


a = Key('a')
b = Key('b')
print('fromkeys')
d = dict.fromkeys([a, b])
print('setdefault')
d.setdefault(a, 1)
e = {}
e.setdefault(a, 1)
print('get')
d.get(a)
print('pop')
d.pop(b)
print('del')
del d[a]
print('in')
print(a in d)
print('dict(pairs)')
d = dict([(a, 1), (b, 2)])
print('update(pairs)')
d.update([(a, 3)])
print('dict(mapping)')
f = dict(Mapping((a, b)))
print('update(mapping)')
f.update(Mapping((a,)))
print('dict(zip)')
g = dict(zip([a, b], [1, 2]))
print('kwargs')
g.update(x=1)
print(len(d), len(f), len(g))
