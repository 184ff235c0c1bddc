# In a collection the WeakSet's callbacks run before any __del__ of the
# batch: __del__ already sees the set empty.
import gc
import weakref


class P:
    def __init__(self):
        self.me = self

    def __del__(self):
        print('del, set has', len(s))


s = weakref.WeakSet()
a, b = P(), P()
s.add(a)
s.add(b)
a = b = None
gc.collect()
print(len(s))
