# Number operators: __op__, then the other side's __rop__; a subclass's
# reflected method first; __iop__ in augmented assignment, else __op__.
class N:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        print('add', self.v)
        return N(self.v + o.v)

    def __radd__(self, o):
        print('radd', self.v)
        return N(o + self.v)

    def __sub__(self, o):
        return N(self.v - o.v)

    def __mul__(self, k):
        return N(self.v * k)

    def __neg__(self):
        return N(-self.v)

    def __abs__(self):
        return N(abs(self.v))

    def __repr__(self):
        return 'N(' + repr(self.v) + ')'

    def __del__(self):
        print('del N', self.v)


class M(N):
    def __radd__(self, o):
        print('M radd', self.v)
        return M(o.v * 100 + self.v)


class Lazy:
    def __add__(self, o):
        return NotImplemented

    def __iadd__(self, o):
        print('iadd')
        return NotImplemented

    def __rsub__(self, o):
        return 'rsub'


x = N(1) + N(2)
print(x, 3 + N(4), -N(7), abs(N(-8)), +x if False else x)
print(N(1) + M(2))
y = N(10)
y += N(1)
y -= N(2)
print(y)
print(N(2) - N(1) * 3, 5 - Lazy(), Lazy() - Lazy() if False else 0)
z = Lazy()
z += 1
