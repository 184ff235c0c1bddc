import weakref


class A:
    pass


def cb_old(w):
    print('old callback still runs')


def cb_new(w):
    global w_old
    print('new callback drops w_old')
    w_old = None


a = A()
w_old = weakref.ref(a, cb_old)
w_new = weakref.ref(a, cb_new)
a = None
print('end')
