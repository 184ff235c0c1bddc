# A proxy forwards - + ~ abs() int() float() to its referent, held while
# the special method runs (getrefcount counts it); once the referent is
# gone each raises ReferenceError.
import weakref
import sys


class Num:
    def __neg__(self):
        print('neg', sys.getrefcount(self))
        return Num()

    def __pos__(self):
        return 'pos'

    def __invert__(self):
        return 'inv'

    def __abs__(self):
        return 'abs'

    def __int__(self):
        return 4

    def __float__(self):
        return 1.5

    def __del__(self):
        print('num gone')


n = Num()
p = weakref.proxy(n)
m = -p
print(type(m).__name__, +p, ~p, abs(p), int(p), float(p), not p)
m = None
n = None
for f in (lambda: -p, lambda: +p, lambda: ~p, lambda: abs(p), lambda: int(p), lambda: float(p)):
    try:
        f()
    except ReferenceError as e:
        print(e)
