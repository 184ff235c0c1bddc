# A value that holds the WeakValueDictionary it is in: no cycle through
# the weak side, so the value dies at once and removes its own entry.
import weakref


class V:
    def __del__(self):
        print('v del', len(self.home))


d = weakref.WeakValueDictionary()
v = V()
v.home = d
d['v'] = v
v = None
print(len(d))
