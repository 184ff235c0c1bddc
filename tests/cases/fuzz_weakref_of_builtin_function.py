# Builtin functions support weak references in CPython (no TypeError).
import weakref
class A:
    pass
w = weakref.ref(print)
print(w() is None)
a = A()
print('after', a)
