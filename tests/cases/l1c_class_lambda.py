# A lambda in a class body is a function like a def: called as a method it
# gets self; its defaults are evaluated in the class body (where class names
# are visible), its body is not (class names are not).
class Item:
    pass


class A:
    k = Item()
    g = lambda self: 1
    h = lambda self, x=[]: x
    d = lambda self, v=k: v
    s = staticmethod(lambda: 'static')
    c = classmethod(lambda cls: cls.__name__)
    q = lambda self: self
    r = lambda self: k
    sup = lambda self: super().__repr__()[:10]


class B(A):
    t = lambda self: super().g() + 1


a = A()
print(a.g(), A.g(a), a.h(), a.s(), a.c(), A.q.__qualname__, a.q() is a, A.h.__name__)
print(a.d() is A.k, B().t(), a.sup())
try:
    a.r()
except NameError as e:
    print('NameError', e)
m = a.g
del a
print(m())
del m
