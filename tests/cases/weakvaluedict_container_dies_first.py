# When the dict dies first its references go: the values are untouched
# and the keys are released.
import weakref


class K:
    def __del__(self):
        print('key gone')


class V:
    def __del__(self):
        print('value gone')


d = weakref.WeakValueDictionary()
v = V()
d[K()] = v
d = None
print('dict gone')
v = None
