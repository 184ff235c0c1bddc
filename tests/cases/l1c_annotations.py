# Annotations as CPython evaluates them: a def's parameter and return annotations
# when the def runs (kept by the function, released after its defaults), a
# module's `x: T = v` after the value, stored in __annotations__ (a module
# name) and released when replaced; a local variable's never.
import weakref
class Foo:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f'Foo({self.n})'
class R:
    def __ror__(self, other):
        print('ror', other)
        return [other]
a, b, c, d = Foo(1), Foo(2), Foo(3), Foo(4)
def f(p: a, *args: list[b], k: dict[c, Foo | None] = None, **kw: (d, int)) -> tuple[int, ...]:
    y: undefined_name = 1
    return y
del a, b, c, d
print('deleting f')
del f
print('deleted f')
e = [5]
x: e = 1
x: int | None = 2
print('replaced')
del e
r = R()
x2: Foo | r = 3
print(x2)
class Obj:
    pass
o = Obj()
l6, l7 = [6], [7]
o.attr: l6 = 4
(paren): l7 = 5
del l6, l7
print(o.attr, paren)
w: weakref.ref[Foo] | weakref.WeakValueDictionary[str, Foo] = None
l8, l9, l10 = [8], [9], [10]
try:
    def g(p: l8, q: l9, r: undefined) -> l10:
        pass
except NameError as err:
    print(err)
del l8, l9, l10
l14 = [14]
def g2(p: list[l14] | None = [15]):
    pass
del l14
print('g2 made')
del g2
l11, l12 = [11], [12]
class K:
    t: l11 = 1
    u: list[l12]
del l11, l12
print(K.t)
def h(a: 1 | 2, b: "x" "y", c: True):
    return a
print(h(0, 1, 2))
