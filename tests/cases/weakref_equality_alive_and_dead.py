import weakref


class A:
    pass


def cb(w):
    pass


a = A()
b = A()
w1 = weakref.ref(a, cb)
w2 = weakref.ref(a, cb)
w3 = weakref.ref(b)
print(w1 == w2, w1 != w2, w1 is w2, w1 == w3)
a = None
print(w1 == w2, w1 == w1, w1 != w2)
l = [w1, w2]
l.remove(w2)
print(len(l), l[0] is w1)
