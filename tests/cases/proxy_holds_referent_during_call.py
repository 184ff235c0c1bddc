# A method called through a proxy: the referent is held while it runs.
import sys
import weakref


class Foo:
    def count(self):
        return sys.getrefcount(self)


f = Foo()
p = weakref.proxy(f)
print(f.count(), p.count())
