# The KeyError of a missing key names the key; a dead value's key is gone.
import weakref


class V:
    pass


d = weakref.WeakValueDictionary()
v = V()
d['a'] = v
try:
    d['b']
except KeyError as e:
    print('missing', e)
v = None
try:
    d['a']
except KeyError as e:
    print('dead', repr(e))
d['a']
