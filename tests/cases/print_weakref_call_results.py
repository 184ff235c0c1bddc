import weakref


class A:
    pass


a = A()
w = weakref.ref(a)
print(w())
print([w()])
a = None
print(w())
