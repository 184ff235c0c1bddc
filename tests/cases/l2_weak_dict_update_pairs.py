# update() and the constructors take (key, value) pairs: CPython makes a
# dict of them first (a key's __hash__ runs there and again when stored);
# a value only the pairs held dies once the update is over.
import weakref


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        print('hash', self.n)
        return self.n

    def __eq__(self, other):
        return self.n == other.n


class Val:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('value', self.n, 'gone')


keep = Val(1)
d = weakref.WeakValueDictionary([('a', keep), ('b', Val(2))])
print('built', len(d))
d.update([(Key(7), keep), ('c', Val(3)), ('a', Val(4))])
print('updated', len(d), 'a' in d)
k = weakref.WeakKeyDictionary([(keep, 'one')])
print(len(k), k[keep])
try:
    d.update([('x', keep, 1)])
except ValueError as e:
    print(e)
try:
    d.update([5])
except TypeError as e:
    print(e)
print('end', len(d))
