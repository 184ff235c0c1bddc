import weakref


class A:
    pass


def cb(w):
    pass


a = A()
w = weakref.ref(a, cb, A())
