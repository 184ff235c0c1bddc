# Replacing the method on the class kills the function: the WeakMethod dies.
import weakref


class Foo:
    def m(self):
        return 'old'


def cb(w):
    print('callback', w() is None)


f = Foo()
wm = weakref.WeakMethod(f.m, cb)
print(wm()())
Foo.m = None
print(wm())
print('end')
