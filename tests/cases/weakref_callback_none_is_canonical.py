import weakref


class A:
    pass


a = A()
w1 = weakref.ref(a)
w2 = weakref.ref(a, None)
print(w1 is w2)
