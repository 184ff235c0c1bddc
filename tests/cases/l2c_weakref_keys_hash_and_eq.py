# A weak reference hashes as its referent (the referent's __hash__ runs once,
# the reference keeps the value) and two of them are equal when their live
# referents are (__eq__ runs); WeakMethods also need the same function.
import weakref


class K:
    def __init__(self, n):
        self.n = n

    def m(self):
        return self.n

    def __hash__(self):
        print('hash', self.n)
        return self.n

    def __eq__(self, o):
        print('eq', self.n, o.n)
        return self.n == o.n


a = K(1)
b = K(1)
wa = weakref.WeakMethod(a.m)
wb = weakref.WeakMethod(b.m)
d = {wa: 'x'}
print(wb in d)
print(wa == wb)
d[wb] = 'y'
print(len(d), d[wa])
ra = weakref.ref(a)
rb = weakref.ref(b)
e = {ra: 1}
print(rb in e, e[rb])
e[rb] = 2
print(len(e), e[ra])
c = K(2)
rc = weakref.ref(c)
e[rc] = 3
del c
print(rc in e, len(e))
print(weakref.ref(b) in e)


class U:
    def __eq__(self, o):
        return True


u = U()
try:
    h = {weakref.ref(u): 1}
except TypeError as exc:
    print(exc)
