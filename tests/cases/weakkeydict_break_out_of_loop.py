# Leaving a loop over keys early: the removals that waited go then.
import weakref


class K:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('key gone', self.n)


ks = [K(1), K(2), K(3)]
d = weakref.WeakKeyDictionary()
for k in ks:
    d[k] = k.n
k = None
for k in d:
    print('at', k.n)
    ks.pop()
    if len(ks) < 2:
        break
print('after', len(d))
k = None
print('end', len(d))
