# The test of `a if c else b` is released before the chosen branch runs;
# the other branch never runs.
class Foo:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


def make(n):
    print('make', n)
    return Foo(n)


x = make(1) if make(2) else make(3)
print(x.n)
y = make(4) if [] else make(5) if 0 else make(6)
print(y.n, 'a' if x.n > 0 else 'b', len([make(7)] if x else []))
x = y = None
print('end')
