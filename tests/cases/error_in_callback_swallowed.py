import weakref


class A:
    pass


def cb(w):
    print('callback')
    x = 1 // 0
    print('not printed')


a = A()
w = weakref.ref(a, cb)
a = None
print('script goes on')
