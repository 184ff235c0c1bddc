# WeakValueDictionary.popitem() takes the last entry (the key comes back
# in the tuple, its KeyedRef dies with the method's frame); clear() pops
# until empty, each tuple dropped at once: a key only the dict held dies.
import weakref


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        return self.n == other.n

    def __del__(self):
        print('key', self.n, 'gone')


class Val:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('value', self.n, 'gone')


d = weakref.WeakValueDictionary()
a = Val(1)
b = Val(2)
d[Key(1)] = a
d[Key(2)] = b
d[Key(3)] = a
pair = d.popitem()
print(pair[0].n, pair[1].n, len(d))
pair = None
print('popped')
d.clear()
print(len(d), d.get(Key(1)))
try:
    d.popitem()
except KeyError as e:
    print('empty:', e.args)
d[Key(4)] = b
b = None
print(len(d))
