# super() through a property, a staticmethod and a classmethod; a getter
# failing with AttributeError under hasattr and getattr with a default;
# replacing the property on the class.
import sys
class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('item gone', self.n)
class A:
    @property
    def p(self):
        print('A.p')
        return Item('from A.p')
    @staticmethod
    def s(x):
        return x
    @classmethod
    def c(cls, x):
        return cls.__name__ + str(x)
    def m(self):
        return 'A.m'
class B(A):
    @property
    def p(self):
        print('B.p')
        return super().p
    def m(self):
        return super().m() + super().s('-s') + super().c(1)
b = B()
print(b.p.n)
print(b.m(), b.c(2), B.c(3), A.s(4), b.s(5))
x = b.p
print(sys.getrefcount(x))
x = None
class Bad:
    @property
    def broken(self):
        tmp = Item('tmp in getter')
        return self.nothing
print(hasattr(Bad(), 'broken'))
print(getattr(Bad(), 'broken', 'dflt'))
A.p = 5
print(b.p)
del A.m
print(b.m.__qualname__)
print(callable(A.s), callable(A.p))
Bad().broken
