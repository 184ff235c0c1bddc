# A key that dies while a loop iterates the dict stays in it, pending; a
# popitem() in that loop can meet it: its value goes when the method
# rebinds its locals, and the loop then fails as the dict shrank.
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
d[k1] = Val(1)
d[k2] = Val(2)
try:
    for k in d.keys():
        print('at', k.n)
        k2 = None
        print('len', len(d))
        got = d.popitem()
        print('popped', got[0].n, got[1].n)
        got = None
except RuntimeError as e:
    print('error:', e)
k = None
print(len(d))
