# keys(), values(), items() and for over a WeakKeyDictionary.
import weakref


class K:
    def __init__(self, n):
        self.n = n


d = weakref.WeakKeyDictionary()
a, b = K(1), K(2)
d[a] = 'x'
d[b] = 'y'
for k in d:
    print(k.n, d[k])
print(len(list(d.keys())), list(d.values()))
for k, v in d.items():
    print(k.n, v)
a = k = None
print(len(d), list(d.values()))
