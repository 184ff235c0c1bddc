class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        print('hash', self.n)
        return self.n % 2
    def __eq__(self, other):
        print('eq', self.n, other.n)
        return self.n == other.n
    def __repr__(self):
        return 'K%d' % self.n

d = {}
for i in range(5):
    d[K(i)] = [i]
print(d.pop(K(2)))
print(d.pop(K(7), 'no'))
print(d.setdefault(K(6), 'six'))
print(d.get(K(4)))
print(d.popitem())
e = d.copy()
print(e == d)
f = {}
f.update(d)
print(K(3) in f)
g = {**d}
print(K(1) in g)
h = dict(d)
print(len(h))
k = dict.fromkeys(d, 0)
print(K(0) in k)
print(list(d.keys()), K(3) in d.keys())
print((K(3), [3]) in d.items())
print(d | {K(9): 9})
