import weakref


class A:
    pass


def cb(w):
    print('callback after the error line')


def f():
    local = A()
    holder.append(weakref.ref(local, cb))
    return local.missing


holder = []
f()
