# A traced key of a WeakValueDictionary dies when its value does: the
# KeyedRef holds the key too, and goes after the entry.
import weakref


class Key:
    def __del__(self):
        print('key gone')


class Value:
    def __del__(self):
        print('value gone')


d = weakref.WeakValueDictionary()
k = Key()
v = Value()
d[k] = v
k = None
print(len(d))
v = None
print(len(d))
