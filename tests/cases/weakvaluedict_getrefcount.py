# What the containers hold, seen through sys.getrefcount: a value dict's
# key twice (the dict and its KeyedRef), not its value; a key dict's
# value once; a set's item never.
import sys
import weakref


class O:
    pass


k, v = O(), O()
vd = weakref.WeakValueDictionary()
vd[k] = v
print(sys.getrefcount(k), sys.getrefcount(v))
kd = weakref.WeakKeyDictionary()
kd[k] = v
print(sys.getrefcount(k), sys.getrefcount(v))
s = weakref.WeakSet()
s.add(k)
print(sys.getrefcount(k))
