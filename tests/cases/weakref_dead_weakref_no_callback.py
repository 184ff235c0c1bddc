import weakref


class A:
    pass


def cb(w):
    print('never called')


a = A()
w = weakref.ref(a, cb)
w = None
print('weakref dropped')
a = None
print('end')
