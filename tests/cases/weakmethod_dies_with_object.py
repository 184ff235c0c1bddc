# WeakMethod gives a new bound method while its object lives, then None.
import weakref


class Foo:
    def m(self):
        return 'm called'

    def __del__(self):
        print('Foo gone')


f = Foo()
wm = weakref.WeakMethod(f.m)
bm = wm()
print(bm(), bm is wm(), isinstance(wm, weakref.ref))
bm = None
f = None
print(wm())
