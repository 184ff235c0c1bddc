# A key's __del__ drops the last reference to another entry's value while
# clear() runs: that entry leaves through its callback, and clear()
# pops only what is left.
import weakref


class Val:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('value', self.n, 'gone')


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        return self.n == other.n

    def __del__(self):
        global first
        print('key', self.n, 'gone, len', len(d))
        first = None


d = weakref.WeakValueDictionary()
first = Val(1)
second = Val(2)
d[Key(1)] = first
d[Key(2)] = second
d[Key(3)] = second
d.clear()
print('cleared', len(d))
print('done')
