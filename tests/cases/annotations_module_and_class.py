# Annotations: module and class level ones are evaluated (and kept in
# __annotations__), a function's are not; the value is stored first.
class Foo:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


a: int = 5
b: list[int]
c: 'Foo' = Foo(1)
d: Foo = Foo(2)
e: list[list[Foo]] = [[Foo(3)]]
(f): Foo = Foo(4)


class Point:
    x: int
    y: int = 0
    tag: Foo = 'p'


def norm(p):
    total: Undefined = p.x * p.x + p.y * p.y
    unused: Undefined
    p.y: int = 3
    p.x: int
    return total


p = Point()
p.x = 4
print(a, c.n, d.n, e[0][0].n, f.n, Point.y, norm(p), p.y)
c = d = e = f = None
print('end')
