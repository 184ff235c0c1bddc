import sys

class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)

key = lambda t: t.n
print(key.__name__, key.__qualname__)
items = [T('b'), T('c'), T('a')]
ordered = sorted(items, key=lambda t: t.n)
print(ordered[0].n)
print(key(T('temp')))
square = lambda x, y=2, *rest, z=3: x * y + z + len(rest)
print(square(3), square(2, 3, 4, 5, z=1))
print((lambda: T('called at once'))().n)
holder = lambda d=T('default'): d.n
print(holder())
print(sys.getrefcount(holder.__defaults__[0]))
del holder
del items
print(ordered[-1].n)
del ordered
print('end')
