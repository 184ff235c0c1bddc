# update() from a dict; a value dict's keys 1 and True are one key.
import weakref


class K:
    pass


class V:
    def __del__(self):
        print('v del')


a, b = K(), K()
kd = weakref.WeakKeyDictionary({a: 1})
kd.update({b: 2, a: 3})
print(len(kd), kd[a], kd[b])
vd = weakref.WeakValueDictionary()
v = V()
vd[1] = v
vd[True] = V()
print(len(vd), 1 in vd)
