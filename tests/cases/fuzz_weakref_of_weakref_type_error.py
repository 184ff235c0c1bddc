# A weak reference object cannot itself be weakly referenced (TypeError).
import weakref
class A:
    pass
a = A()
w = weakref.ref(a)
w2 = weakref.ref(w)
print('not reached')
