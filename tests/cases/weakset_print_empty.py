# An empty WeakSet prints as set(); clear() empties it.
import weakref


class P:
    pass


s = weakref.WeakSet()
p = P()
s.add(p)
s.clear()
print(s, len(s), p in s)
