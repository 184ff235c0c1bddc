# id(self) inside __del__ is the id the object always had, and a weakref
# callback's referent is gone: the id taken before still names it.
import weakref


class Foo:
    def __del__(self):
        print('del', id(self) == seen[0], id(self) - seen[1])


def gone(w):
    print('callback', w() is None, len(seen))


seen = []
a = Foo()
seen.append(id(a))
seen.append(id(seen))
w = weakref.ref(a, gone)
a = None
print(id(seen) == seen[1])
