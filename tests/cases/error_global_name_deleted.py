class A:
    pass


g = A()


def use():
    return g


print(use())
del g
use()
