import weakref


class A:
    pass


def cb(w):
    print(w is holder[0], w() is None)


a = A()
holder = [weakref.ref(a, cb)]
a = None
print('end')
