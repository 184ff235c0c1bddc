# The dict's removal is one callback among the value's: newest first.
import weakref


class V:
    def __del__(self):
        print('del V')


def early(r):
    print('early callback', len(d))


def late(r):
    print('late callback', len(d))


d = weakref.WeakValueDictionary()
v = V()
r1 = weakref.ref(v, early)
d['v'] = v
r2 = weakref.ref(v, late)
v = None
print(len(d))
