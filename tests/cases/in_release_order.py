# CONTAINS_OP releases the left operand, then the container.
class Foo:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


print(Foo(1) in [Foo(2), Foo(3)])
x = Foo(4)
print(x not in [Foo(5)], Foo(6) in {'k': Foo(7)})
print('end')
