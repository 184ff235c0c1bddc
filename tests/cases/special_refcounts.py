# getrefcount of self and of the arguments inside each kind of special
# method: the frame holds them, and what CPython's C code holds too.
import sys


class C:
    def __getitem__(self, k):
        print('getitem', sys.getrefcount(self), sys.getrefcount(k))
        return 0

    def __contains__(self, k):
        print('contains', sys.getrefcount(self), sys.getrefcount(k))
        return True

    def __eq__(self, other):
        print('eq', sys.getrefcount(self), sys.getrefcount(other))
        return False

    def __bool__(self):
        print('bool', sys.getrefcount(self))
        return True

    def __neg__(self):
        print('neg', sys.getrefcount(self))
        return 1

    def __format__(self, spec):
        print('format', sys.getrefcount(self))
        return 'f'

    def __repr__(self):
        print('repr', sys.getrefcount(self))
        return 'C'


c = C()
k = [1]
x = c[k]
x = k in c
x = c == k
x = k == c
x = [c] == [k]
if c:
    x = -c
x = f'{c:>3} {c!r}'
x = repr([c, (c,), {1: c}])
print(c in [k, c], k in [c])
