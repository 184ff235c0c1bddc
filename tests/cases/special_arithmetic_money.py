# v2 special_arithmetic without isinstance() and sum() (other groups' builtins):
# __add__/__radd__/__iadd__/__neg__/__mul__/__truediv__: each result is a
# new object; the old one dies when its name is rebound.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __radd__(self, other):
        return Money(self.cents + other)

    def __iadd__(self, other):
        self.cents += other.cents
        return self

    def __neg__(self):
        return Money(-self.cents)

    def __mul__(self, k):
        return Money(self.cents * k)

    def __truediv__(self, k):
        return Money(self.cents / k)

    def __repr__(self):
        return f'${self.cents / 100:.2f}'

    def __del__(self):
        print('gone', self)


a = Money(150)
b = a + Money(50)
c = 10 + a
print(a, b, c, -a, a * 3, a / 2)
a += b
print(a)
