import weakref


class A:
    pass


a = A()
w = weakref.ref(a)
d = {w: 'alive'}
print(d[w], d[weakref.ref(a)])
a = None
print(d[w])
b = A()
wb = weakref.ref(b)
b = None
d[wb] = 'dead before hashing'
