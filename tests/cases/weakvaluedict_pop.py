# pop() hands the value out and removes the entry; a missing key raises
# unless a default is given.
import weakref


class V:
    def __del__(self):
        print('v gone')


d = weakref.WeakValueDictionary()
v = V()
d['a'] = v
w = d.pop('a')
print(w is v, len(d), d.pop('a', 'none'))
v = w = None
print('after')
d.pop('zzz')
