class K:
    def __init__(self, n, h):
        self.n = n
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, o):
        print('eq', self.n, o.n)
        return self.n == o.n
ks = []
for i in range(12):
    ks.append(K(i, i % 2))
d = {}
for k in ks[:5]:
    d[k] = k.n
del d[ks[0]], d[ks[2]]
print('insert')
d[K(20, 0)] = 20
d[K(21, 1)] = 21
print('grow')
for k in ks[5:]:
    d[k] = k.n
print('copy')
e = d.copy()
print(K(20, 0) in e)
del e[ks[11]]
f = dict(e)
print(K(3, 1) in f)
print(d.popitem()[1])
d[K(30, 1)] = 30
print(K(30, 1) in d, K(9, 1) in d)
class N:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 5
    def __eq__(self, o):
        print('N eq', self.n)
        return NotImplemented
g = {N(1): 1, 5: 'five'}
print(N(2) in g, 5 in g, g[5])
