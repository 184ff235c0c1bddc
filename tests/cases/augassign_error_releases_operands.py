# A failing in-place operator releases both operands first; then the
# error line.
class Foo:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


holder = [Foo(1)]


def grow(l):
    extra = Foo(2)
    l += Foo(3)
    print('not reached')


grow(holder)
