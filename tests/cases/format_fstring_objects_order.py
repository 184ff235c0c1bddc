class F:
    def __init__(self, n):
        self.n = n
    def __format__(self, spec):
        print('format', self.n, repr(spec))
        return 'F%d[%s]' % (self.n, spec)
    def __str__(self):
        print('str', self.n)
        return 'S%d' % self.n
    def __repr__(self):
        print('repr', self.n)
        return 'R%d' % self.n
    def __del__(self):
        print('del', self.n)

print(f'{F(1)} {F(2):>5} {F(3)!r} {F(4)!s:^9}')
w = 3
print(f'{F(5):{w}d}')
print(format(F(6)), format(F(7), 'x'))
print('{} {:q} {!r}'.format(F(8), F(9), F(10)))
print('{0} {0:z}'.format(F(11)))
print(f'{F(12)=}')
print(f'{F(13)=:abc}')
print(str(F(14)), repr(F(15)))
class B:
    def __format__(self, spec):
        return 5
try:
    print(f'{B()}')
except TypeError as e:
    print(e)
try:
    print(format([], "x"))
except TypeError as e:
    print(e)
