# weakref.ref is the type ReferenceType: its __name__ says so, and the
# name of a reference's type too
import weakref


class A:
    pass


a = A()
r = weakref.ref(a)
print(type(r).__name__, weakref.ref.__name__, type(r))
print(isinstance(r, weakref.ReferenceType), type(r) is weakref.ref)
