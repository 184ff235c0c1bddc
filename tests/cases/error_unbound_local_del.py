class A:
    pass


def f():
    a = A()
    del y
    y = A()


f()
