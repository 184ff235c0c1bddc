# When a key dies its value is released inside the removal callback,
# after the key's __del__.
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
print(len(d), k in d)
k = None
print(len(d))
