class A:
    pass


def f(flag):
    a = A()
    if flag:
        x = A()
    print('before read')
    return x


f(False)
