# int() and float() call __int__ and __float__; __getattr__ runs only when
# the plain lookup fails, bound (its method holds the object).
import sys


class Num:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        print('int', sys.getrefcount(self))
        return self.v

    def __float__(self):
        print('float', sys.getrefcount(self))
        return self.v * 0.5


class Lazy:
    def __init__(self):
        self.real = 'here'

    def __getattr__(self, name):
        print('getattr', name, sys.getrefcount(self))
        return [name]


n = Num(7)
print(int(n), float(n), int(Num(True)))
z = Lazy()
print(z.real, z.other, z.__class__.__name__)
z.other = 5
print(z.other)
print(float(Num('x')))
