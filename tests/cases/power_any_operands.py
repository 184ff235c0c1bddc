# `**` and pow() between any numbers, names and results: ints stay exact,
# a negative int exponent or a float makes a float
import sys


class Box:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del', self.n)


b = Box(3)
x = 2
y = b.n
print(x ** y, y ** x, x ** -y, 2.5 ** y, (-2) ** y, (-2.0) ** 2.0, (-8) ** (1 / 1))
e = 0.5
print(4 ** e, 2 ** 0.5, 9.0 ** e, 0 ** 0, 0.0 ** e)
z = x
z **= y
z **= e
print(z)
print(pow(x, y), pow(-2, -2), pow(x, y, 5), pow(2.0, y))
big = 10 ** 30
print(big ** 2, (big + 1) ** x)
print(sys.getrefcount(b))
del b
try:
    print(0.0 ** -1)
except ZeroDivisionError as err:
    print('ZeroDivisionError', err)
try:
    print(10.0 ** 400)
except OverflowError as err:
    print('OverflowError', err)
try:
    print('a' ** x)
except TypeError as err:
    print('TypeError', err)
