class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        print('eq', self.n, other)
        if isinstance(other, int):
            return self.n == other
        return NotImplemented
    def __repr__(self):
        return 'K%d' % self.n

d = {1: 'one', 2: 'two', 9: 'nine'}
print(K(1) in d)
print(d[K(2)])
d[K(9)] = 'NINE'
print(d)
e = {K(5): 'five'}
print(e[5])
print(5 in e, 6 in e)
print(e.get(5.0))
e[5] = 'int five'
print(e)
f = {K(-1): 1}
print(-1 in f, -2 in f)
