# A weak reference prints its referent's type and address (the traced
# address for an instance, a name for a function or class); once the
# referent is gone it says dead.
import weakref


class Foo:
    pass


def f():
    pass


a = Foo()
w = weakref.ref(a)
print(w)
print([w], weakref.ref(f), weakref.ref(Foo))
print(weakref.ref(len))
a = None
print(w, w() is None)
