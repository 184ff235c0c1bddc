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

print('[%5s|%-5s|%.1s|%5.1r|%a|%%|%05s]' % (P(1), P(2), P(3), P(4), P(5), P(6)))
print('%s' % (P(7),))
print('no units' % ())
print('%s %d' % (P(8), 3))
print('%100s|' % (P(9),))
try:
    print('%s %s' % (P(10), 1 // 0))
except ZeroDivisionError:
    print('zero')
try:
    print('%s %d' % (P(11), 'x'))
except TypeError as e:
    print(e)
try:
    print('%s %' % (P(12), P(13)))
except ValueError as e:
    print(e)
x = '%s'
print(x % (P(14),))
print('%s-%r' % (P(15), [P(16)]))
print('%(a)s' % {'a': P(17)})
