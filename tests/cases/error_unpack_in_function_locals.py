class A:
    pass


def f():
    keep = A()
    x, y = [A(), A(), A()]


f()
