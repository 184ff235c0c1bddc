class K:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        print('eq', self.n, other)
        return self.n == other
a = K(1)
b = K(2)
t = (a, b, 2, 'x', a)
print(t.index(2), t.count(a), t.index(a, 1), t.index('x', -3, 5), t.count(2))
try:
    t.index(9)
except ValueError as e:
    print(e)
try:
    t.index()
except TypeError as e:
    print(e)
try:
    t.count()
except TypeError as e:
    print(e)
try:
    t.index(1, 2, 3, 4)
except TypeError as e:
    print(e)
f = t.index
print(f(b))
print((1, 2).count(1.0), ().count(1))
del a, b, t, f
