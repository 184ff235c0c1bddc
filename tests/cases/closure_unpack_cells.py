# `a, b = x, y` into cell variables: CPython keeps the SWAP for STORE_DEREF,
# so the cells are stored first to last (plain locals: last to first).
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def both_cells():
    a = Foo('a0')
    b = Foo('b0')
    a, b = Foo('a1'), Foo('b1')

    def inner():
        return a, b
    return 0


def mixed():
    a = Foo('a0')
    b = Foo('b0')
    a, b = Foo('a1'), Foo('b1')

    def inner():
        return a
    return 0


def three():
    a = Foo('a0')
    b = Foo('b0')
    c = Foo('c0')
    a, b, c = Foo('a1'), Foo('b1'), Foo('c1')

    def inner():
        return b
    return 0


both_cells()
print('--')
mixed()
print('--')
three()
print('end')
