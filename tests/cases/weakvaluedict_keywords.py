# WeakValueDictionary(**kw) and update(**kw) store under the names; a
# WeakKeyDictionary cannot refer to the names (str).
import weakref


class V:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('gone', self.n)


a, b = V(1), V(2)
d = weakref.WeakValueDictionary(x=a)
d.update({'y': a}, z=b)
print(len(d), sorted(d.keys()), d['z'].n)
b = None
print(len(d))
k = weakref.WeakKeyDictionary()
try:
    k.update(q=a)
except TypeError as e:
    print(e)
print(len(k))
