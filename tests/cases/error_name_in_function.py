class A:
    pass


def f(p):
    q = A()
    return nowhere


f(A())
