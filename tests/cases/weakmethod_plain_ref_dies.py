# weakref.ref of a bound method dies at once; WeakMethod does not.
import weakref


class Foo:
    def m(self):
        return 1


f = Foo()
r = weakref.ref(f.m)
wm = weakref.WeakMethod(f.m)
print(r() is None, wm() is not None, weakref.getweakrefcount(f))
