# __index__ where CPython wants an integer: subscripts, range, hex, oct,
# bin, sequence repeat, and int()/float() of an object without __int__.
class I:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        print('index', self.n)
        return self.n


l = [10, 20, 30]
t = (1, 2, 3)
i = I(1)
print(l[i], t[I(-1)], 'abc'[i], list(range(I(3))), hex(I(255)), oct(i), bin(I(5)))
print([0] * I(2), I(3) * 'ab', int(I(7)), float(I(2)))
l[i] = 'x'
del l[I(0)]
print(l)
print(l[I(9)])
