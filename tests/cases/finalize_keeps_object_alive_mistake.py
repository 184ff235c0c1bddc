# A finalizer whose function is a bound method of its object keeps the
# object alive forever: it is leaked once the names are gone.
import gc
import weakref


class Foo:
    def close(self):
        print('close')


o = Foo()
weakref.finalize(o, o.close)
del o
gc.collect()
print('end')
