import weakref


class A:
    pass


def cb(w):
    print('cb')


a = A()
w1 = weakref.ref(a)
w2 = weakref.ref(a)
print(w1 is w2)
w3 = weakref.ref(a, cb)
w4 = weakref.ref(a, cb)
print(w3 is w4, w3 is w1)
print(w1() is a, w3() is a)
a = None
print(w1(), w2(), w3())
