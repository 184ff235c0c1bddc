# __del__ that stores the dying object elsewhere: it survives, and as
# CPython clears weak references only after a __del__ that did not
# resurrect, the set keeps its entry.
import weakref


class P:
    def __del__(self):
        saved.append(self)


saved = []
s = weakref.WeakSet()
p = P()
s.add(p)
p = None
print(len(s), len(saved), saved[0] in s)
