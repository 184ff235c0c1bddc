import weakref


class A:
    pass


w = weakref.ref(A())
print(w())
w2 = weakref.ref(None)
