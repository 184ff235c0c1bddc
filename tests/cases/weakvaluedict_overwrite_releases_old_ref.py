# Storing a new value under a key replaces the KeyedRef; the old value is
# not held, so only its own holders decide when it dies.
import weakref


class V:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('gone', self.name)


d = weakref.WeakValueDictionary()
a = V('a')
b = V('b')
d['k'] = a
d['k'] = b
print(d['k'].name, len(d))
a = None
print(len(d))
b = None
print(len(d), 'k' in d)
