# A KeyError inside the dict's method keeps its frame: the key argument
# lives until the handler ends.
import weakref


class K:
    def __del__(self):
        print('k del')


d = weakref.WeakKeyDictionary()
try:
    d[K()]
except KeyError:
    print('missing')
print('after')
