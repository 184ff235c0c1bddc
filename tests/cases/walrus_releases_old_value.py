# := stores like an assignment: the old value is released after the
# store, and the expression's value is the new object.
class Foo:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


x = Foo(1)
print((x := Foo(2)).n)
print([y := Foo(3), y][1].n, y.n)
if (z := len([Foo(4)])) == 1:
    print('z', z)
x = y = None
print('end')
