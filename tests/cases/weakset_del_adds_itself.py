# __del__ adding the dying object to a WeakSet: its weak references are
# cleared after __del__, so the new entry is removed at once.
import weakref


class P:
    def __del__(self):
        s.add(self)
        print('in __del__', len(s))


s = weakref.WeakSet()
p = P()
p = None
print(len(s))
