# A value that refers to its own key keeps the key alive: a leak the
# collector cannot free (the dict holds the value strongly).
import gc
import weakref


class K:
    def __del__(self):
        print('key del')


class V:
    def __init__(self, k):
        self.k = k


d = weakref.WeakKeyDictionary()
k = K()
d[k] = V(k)
k = None
gc.collect()
print(len(d))
d = None
print('dict gone')
