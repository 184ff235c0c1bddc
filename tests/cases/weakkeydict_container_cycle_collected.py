# A WeakKeyDictionary that refers to itself is a cycle: gc.collect()
# frees it with its values; its weak references die with it and never
# call back.
import gc
import weakref


class K:
    def __del__(self):
        print('key del')


class V:
    def __del__(self):
        print('value del')


d = weakref.WeakKeyDictionary()
k = K()
d[k] = V()
d.me = d
d = None
print('dict unreachable')
gc.collect()
k = None
print('end')
