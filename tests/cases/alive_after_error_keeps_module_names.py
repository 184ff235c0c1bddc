class A:
    pass


def fail(p):
    local = A()
    return p.nothing


g = A()
holder = [A()]
fail(holder[0])
