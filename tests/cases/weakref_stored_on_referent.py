import weakref


class A:
    pass


def cb(w):
    print('callback of a weakref stored on its referent')


a = A()
a.w = weakref.ref(a, cb)
a = None
print('end')
