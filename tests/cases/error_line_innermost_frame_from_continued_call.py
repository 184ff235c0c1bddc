class A:
    pass


def bad(p):
    q = 1
    return p // q // 0


x = [A(),
     bad(
         5)]
