# A value whose __del__ resurrects it keeps its entry: weak references
# are cleared only after a __del__ that did not resurrect.
import weakref


class V:
    def __del__(self):
        print('del', len(d))
        saved.append(self)


saved = []
d = weakref.WeakValueDictionary()
v = V()
d['k'] = v
v = None
print(len(d), len(saved), 'k' in d)
d['k'] = saved[0]
print(len(d))
