# gc.collect() inside a weakref callback run by a refcount-path destruction.
import gc
import weakref
class A:
    pass
def cb(w):
    gc.collect()
a = A()
w = weakref.ref(a, cb)
a = None
print('after', w() is None)
