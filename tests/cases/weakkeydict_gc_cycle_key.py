# A key in a cycle: gc.collect() clears the weak reference, the callback
# removes the entry and releases the value.
import gc
import weakref


class K:
    def __init__(self):
        self.me = self


class V:
    def __del__(self):
        print('value del')


d = weakref.WeakKeyDictionary()
k = K()
d[k] = V()
k = None
print(len(d))
gc.collect()
print(len(d))
