# `a is b` exactly when id(a) == id(b): traced objects, the same object
# under two names, None, small ints and constants, functions and classes,
# bound methods (a new one each time).
class Foo:
    def m(self):
        pass


def f():
    pass


a = Foo()
b = a
c = Foo()
l = []
m = l
n = 5
k = 5
s = 'abc'
t = 'abc'
g = f
bm = a.m
pairs = [[a, b], [a, c], [l, m], [l, []], [n, k], [n, 6], [s, t], [None, None],
         [f, g], [Foo, Foo], [bm, bm], [len, len], [True, 1]]
for p in pairs:
    print((p[0] is p[1]) == (id(p[0]) == id(p[1])), p[0] is p[1])
print(a.m is a.m, id(a.m) == id(a.m))
