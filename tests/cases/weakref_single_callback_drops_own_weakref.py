import weakref


class A:
    pass


def cb(w):
    global wr
    wr = None
    print('callback dropped its own weakref', w() is None)


a = A()
wr = weakref.ref(a, cb)
a = None
print('end')
