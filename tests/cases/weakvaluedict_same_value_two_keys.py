# One value under two keys: both entries go when it dies, newest first.
import weakref


class V:
    def __del__(self):
        print('v gone')


class K:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('key gone', self.name)


d = weakref.WeakValueDictionary()
v = V()
d[K('first')] = v
d[K('second')] = v
print(len(d))
v = None
print(len(d))
