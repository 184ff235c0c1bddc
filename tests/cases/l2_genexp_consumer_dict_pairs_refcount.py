# dict() and dict.update() of (key, value) pairs hold the key twice more
# while it is hashed (dict_merge_from_seq2, then PyDict_SetItem); from a
# generator expression its frame's local holds the key too, as the
# consumer stores each pair before asking for the next.
import sys


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        print('hash', self.n, sys.getrefcount(self))
        return self.n

    def __del__(self):
        print('key', self.n, 'gone')


def f():
    k = Key(1)
    pairs = [(k, 'a')]
    d = dict(pairs)
    d.update(pairs)
    e = dict(p for p in pairs)
    g = dict((Key(n), n) for n in range(2, 4))
    print(len(d), len(e), len(g))


f()
