# Storing a new key while iterating changes the dict's size: the next
# step raises RuntimeError, uncaught here.
import weakref


class V:
    pass


v = V()
d = weakref.WeakValueDictionary()
d['a'] = v
for k in d:
    d[k + '!'] = v
print('never')
