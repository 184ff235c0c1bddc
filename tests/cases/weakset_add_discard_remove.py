# WeakSet: add, discard, remove and in; remove of a missing item raises.
import weakref


class P:
    pass


s = weakref.WeakSet()
a, b = P(), P()
s.add(a)
s.add(a)
s.add(b)
print(len(s), a in s, 1 in s)
s.discard(a)
s.discard(a)
print(len(s), a in s)
s.remove(b)
print(len(s))
s.remove(b)
