# Special methods through super() and a script class: a base's own, or
# object's default __repr__, __str__, __eq__ and __ne__
import sys


class Base:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f'Base({self.n})'

    def __eq__(self, other):
        print('Base.__eq__', self.n)
        return isinstance(other, Base) and self.n == other.n


class Child(Base):
    def __repr__(self):
        return 'Child/' + super().__repr__()

    def __eq__(self, other):
        return super().__eq__(other) and Base.__repr__(self) == Base.__repr__(other)

    def __ne__(self, other):
        return super().__ne__(other)


class Plain:
    def __str__(self):
        return 'str of ' + super().__str__()

    def __repr__(self):
        return 'P'

    def __eq__(self, other):
        r = super().__eq__(other)
        print('object eq', r)
        return r


a = Child(1)
b = Child(1)
print(a, [a], a == b, a != b, a != Child(2))
p = Plain()
q = Plain()
print(str(p), p == p, p == q, p != q)
print(Plain.__repr__(p), Base.__eq__(a, b), Child.__repr__(a))
m = super(Child, a).__repr__
print(sys.getrefcount(a), m())
del m
print(sys.getrefcount(a))
f = super(Plain, p).__eq__
print(f(p), f(q), f(1))
print(super(Plain, p).__eq__(p), super(Plain, p).__ne__(q))
try:
    super(Plain, p).__add__(1)
except AttributeError as err:
    print('AttributeError', err)
