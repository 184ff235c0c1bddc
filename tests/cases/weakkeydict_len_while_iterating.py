# A key dict's len() while it is iterated leaves out the waiting entries.
import weakref


class K:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('key gone', self.n)


ks = [K(1), K(2)]
d = weakref.WeakKeyDictionary()
d[ks[0]] = 'a'
d[ks[1]] = 'b'
for v in d.values():
    print(v, len(d))
    if v == 'a':
        ks.pop()
        print(len(d))
print(len(d))
