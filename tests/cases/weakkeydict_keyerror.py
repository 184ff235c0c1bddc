# A missing key raises KeyError; a value that cannot be weakly referenced
# is a TypeError, and `in` says False for it.
import weakref


class K:
    pass


d = weakref.WeakKeyDictionary()
a, b = K(), K()
d[a] = 1
print(d[a], 1 in d, b in d)
try:
    d[1] = 2
except TypeError as e:
    print(e)
try:
    d[b]
except KeyError:
    print('missing')
d[b]
