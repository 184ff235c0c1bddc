# LANGUAGE.md's binary operator methods: __rshift__, __rlshift__ and
# __ixor__ (with their fallbacks), holding and releasing their operands.
class Bits:
    def __init__(self, v):
        self.v = v

    def __rshift__(self, n):
        return Bits(self.v >> n)

    def __rlshift__(self, n):
        return Bits(n << self.v)

    def __ixor__(self, other):
        self.v ^= other.v
        return self

    def __xor__(self, other):
        return NotImplemented

    def __repr__(self):
        return f'Bits({self.v})'


a = Bits(8)
b = a >> 2
c = 1 << a
print(a, b, c)
a ^= b
print(a, a is not b)
b ^= c
print(b)
try:
    print(a ^ c)
except TypeError as e:
    print('TypeError', e)
try:
    print(a << 1)
except TypeError as e:
    print('TypeError', e)
del b
c >>= 3
print(c)
