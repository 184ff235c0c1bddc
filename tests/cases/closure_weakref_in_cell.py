# A closure that keeps only a weak reference in its cell does not keep the
# object: it dies with its last strong reference, and the closure sees None.
import weakref


class Foo:
    def __del__(self):
        print('foo gone')


def watch(obj):
    w = weakref.ref(obj)
    return lambda: w() is None


o = Foo()
dead = watch(o)
print('dead?', dead())
o = None
print('dead?', dead())
