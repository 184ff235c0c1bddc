# WeakMethod == compares the objects (their __eq__ runs, on one object
# too) and then the functions; once one is dead only identity is equal.
# A plain ref compares with it by the objects.  id() of a WeakMethod
# works: it can be weakly referenced.
import weakref


class A:
    def __init__(self, n):
        self.n = n

    def m(self):
        return self.n

    def k(self):
        return 0

    def __eq__(self, other):
        print('eq', self.n)
        return self is other


a = A(1)
b = A(2)
w1 = weakref.WeakMethod(a.m)
w2 = weakref.WeakMethod(a.m)
w3 = weakref.WeakMethod(a.k)
w4 = weakref.WeakMethod(b.m)
print(w1 == w2, w1 != w2, w1 == w3, w1 == w4, w1 != w4, w1 == 5, w1 != 5)
print(id(w1) == id(w1), id(w1) != id(w2))
r = weakref.ref(a)
print(w1 == r, r == w1)
del a
print(w1 == w2, w1 == w1, w1 != w2, w1() is None, w1 == r)
l = [w4, w1]
print(l.index(w1), w1 in l, w2 in l)
