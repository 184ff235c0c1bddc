# The dict holds its key strongly: a key that refers to the dict's owner
# keeps a cycle the collector frees, clearing the value's weak reference.
import gc
import weakref


class Owner:
    def __del__(self):
        print('owner del')


class Key:
    def __del__(self):
        print('key del')


class V:
    def __del__(self):
        print('value del')


o = Owner()
o.cache = weakref.WeakValueDictionary()
k = Key()
k.owner = o
v = V()
o.cache[k] = v
k = o = None
print('before gc')
gc.collect()
print(v is not None)
v = None
