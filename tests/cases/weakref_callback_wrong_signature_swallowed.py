import weakref


class A:
    pass


def cb():
    print('never: wrong number of parameters')


a = A()
w = weakref.ref(a, cb)
a = None
print('the TypeError in the callback is swallowed')
