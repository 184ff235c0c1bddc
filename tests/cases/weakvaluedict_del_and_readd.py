# del removes the entry at once; the same key can be stored again.
import weakref


class V:
    def __del__(self):
        print('v gone')


d = weakref.WeakValueDictionary()
v = V()
d['k'] = v
del d['k']
print(len(d), 'k' in d)
d['k'] = v
print(len(d))
del v
print(len(d))
del d['k']
