import weakref


class A:
    pass


def cb1(w):
    print('cb1')


def cb2(w):
    print('cb2')


def cb3(w):
    print('cb3')


a = A()
w1 = weakref.ref(a, cb1)
plain = weakref.ref(a)
w2 = weakref.ref(a, cb2)
w3 = weakref.ref(a, cb3)
a = None
print('end')
