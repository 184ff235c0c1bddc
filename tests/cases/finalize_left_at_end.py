# A finalizer whose object outlives the script never runs; its arguments
# are alive but only the finalizer holds them: leaked.
import weakref


class Foo:
    pass


def fin(x):
    print('never printed', x)


o = Foo()
weakref.finalize(o, fin, [1, 2])
f = weakref.finalize(o, fin, {'a': 1})
print(f.alive, f.atexit)
f.atexit = False
print(f.atexit)
