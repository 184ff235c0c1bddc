# repr() and type() of the weak containers.
import weakref

d = weakref.WeakValueDictionary()
k = weakref.WeakKeyDictionary()
s = weakref.WeakSet()
print(type(d), type(k), type(s))
print(s, len(s), bool(d))
print(isinstance(d, weakref.WeakValueDictionary))
