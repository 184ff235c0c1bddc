# A WeakMethod's callback runs once, when its object dies.
import weakref


class Foo:
    def m(self):
        pass


def cb(w):
    print('callback once', type(w).__name__)


f = Foo()
wm = weakref.WeakMethod(f.m, cb)
f = None
print('end', wm())
