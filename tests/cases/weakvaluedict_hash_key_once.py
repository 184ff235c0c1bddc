# A key's __hash__ runs once for each store, lookup and `in`.
import weakref


class Key:
    def __hash__(self):
        print('hash')
        return 7


class V:
    pass


d = weakref.WeakValueDictionary()
k, v = Key(), V()
d[k] = v
print(d[k] is v)
print(k in d, d.get(k) is v)
