class P:
    def __init__(self, n):
        self.n = n
    def __str__(self):
        print('str', self.n)
        return 'P%d' % self.n
    def __repr__(self):
        print('repr', self.n)
        return 'R%d' % self.n
    def __del__(self):
        print('del', self.n)
    def __int__(self):
        print('int', self.n)
        return self.n
    def __index__(self):
        print('index', self.n)
        return self.n
    def __float__(self):
        print('float', self.n)
        return 1.5

print('%s and %r' % (P(1), P(2)))
print('%s' % P(3))
print('%d %x %5.2f' % (P(4), P(5), P(6)))
print('%(a)s %(b)r' % {'a': P(7), 'b': P(8)})
try:
    print('%s %s' % (P(9),))
except TypeError as e:
    print(e)
try:
    print('%s' % (P(10), P(11)))
except TypeError as e:
    print(e)
print('%c' % P(65))
print('%s' % [P(12)])
