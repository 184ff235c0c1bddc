# get/pop/setdefault with defaults, update() with keywords and from pairs,
# copy(): what each holds and releases.
import weakref


class Val:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('value', self.n, 'gone')


a = Val(1)
d = weakref.WeakValueDictionary()
print(d.get('x', 'dflt'), d.pop('x', 'dflt'), d.get('x'))
print(d.setdefault('x', a).n, d.setdefault('x', Val(9)).n)
d.update(y=a, z=Val(2))
print(sorted(d.keys()))
d.update([('w', a)], v=a)
print(len(d))
c = d.copy()
a = None
print(len(d), len(c))
k = weakref.WeakKeyDictionary()
owner = Val(3)
print(k.setdefault(owner, [1]), k.get(owner), k.get(Val(4), 'none'))
try:
    k.update(x=1)
except TypeError as err:
    print(err)
print(k.pop(owner), len(k))
print(k.pop(owner, 'gone'))
