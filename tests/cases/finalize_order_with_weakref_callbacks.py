# A finalizer is one of the weak reference callbacks: newest first.
import weakref


class Foo:
    def __del__(self):
        print('__del__ first')


def cb(w):
    print('weakref callback')


def fin(tag):
    print('finalizer', tag)


o = Foo()
w1 = weakref.ref(o, cb)
f1 = weakref.finalize(o, fin, 'one')
f2 = weakref.finalize(o, fin, 'two')
w2 = weakref.ref(o, cb)
del o
print('end')
