# __index__ where CPython takes an index: list, tuple and str subscripts and
# slice bounds (clamped), range(), bin/oct/hex, sequence repetition; a
# weakref.proxy forwards each to its referent, and a proxy of an object with
# no __index__ fails as the object itself would.
import weakref


class N:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print('index', self.v)
        return self.v

    def __floordiv__(self, o):
        return self.v // o


class Plain:
    pass


n = N(2)
big = N(10 ** 30)
p = weakref.proxy(n)
l = [10, 20, 30, 40, 50]
print(l[n], l[p], (1, 2, 3)[p], 'abcd'[p])
print(l[n:], l[:p], 'abcdef'[p::n], (1, 2, 3, 4)[n:])
print(l[:big], l[big:])
print('abcabc'.find('c', p), 'abcabc'.count('a', n, big))
print(range(p)[1], list(range(n, 5, p)))
print(bin(p), oct(p), hex(big))
print('ab' * p, [0] * n, p // 2)
q = weakref.proxy(Plain())
try:
    print(l[q])
except ReferenceError as e:
    print('ReferenceError', e)
o = Plain()
r = weakref.proxy(o)
try:
    print(l[r])
except TypeError as e:
    print(e)
try:
    print(l[:r])
except TypeError as e:
    print(e)
del n
try:
    print(l[p])
except ReferenceError as e:
    print('ReferenceError', e)
