class A:
    pass


def f(p):
    del p
    print('param deleted')
    return p


f(A())
