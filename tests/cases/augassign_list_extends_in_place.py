# `l += x` extends the list in place (any iterable, the list itself too)
# and rebinds the same object; the right operand goes after the store.
import sys


class Foo:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


l = [Foo(1)]
m = l
l += [Foo(2)]
print(l is m, len(l), sys.getrefcount(l))
l += l
print(len(l), sys.getrefcount(l[0]))
l += 'ab'
l += range(2)
l += {'k': 1}
print(len(l), l[4], l[-1])
del m
l = None
print('end')
