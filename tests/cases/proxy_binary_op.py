# Operators on a proxy use its referent's special methods; dead, they raise.
import weakref


class Num:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return Num(self.n + other)

    def __radd__(self, other):
        return other + self.n


x = Num(1)
p = weakref.proxy(x)
y = p + 2
print(y.n, 10 + p)
del x
try:
    p + 1
except ReferenceError as e:
    print(e)
