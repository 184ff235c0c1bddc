# __repr__ and __str__: print uses __str__ (else __repr__), containers
# use __repr__ of their items; each call is a frame holding self.
import sys


class P:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        print('repr', self.x, sys.getrefcount(self))
        return 'P(' + repr(self.x) + ')'


class Q(P):
    def __str__(self):
        return 'Q' + str(self.x)


p = P(1)
q = Q([2])
print(p, q)
print([p, q], (q,), {'k': p, 1: [q]})
print(str(p), repr(q), f'{q} {q!r} {p!s}')
print('a', p, 'b')
s = str([P(3)])
print(s)
print('%r' % q, '%s' % [q])
print(format(q), format(p, ''))
