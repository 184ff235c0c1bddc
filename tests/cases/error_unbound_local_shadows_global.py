class A:
    pass


g = A()


def f():
    print(g)
    g = A()


f()
