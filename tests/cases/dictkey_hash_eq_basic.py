class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        print('hash', self.n)
        return self.n % 3
    def __eq__(self, other):
        print('eq', self.n, getattr(other, 'n', other))
        return isinstance(other, K) and self.n == other.n
    def __repr__(self):
        return 'K(%d)' % self.n

a = K(1)
b = K(4)
c = K(1)
d = {a: 'x', b: 'y'}
print(d[c])
print(c in d)
print(K(7) in d)
d[c] = 'z'
print(d)
print(d.get(K(4)))
print(d.get(K(9), 'none'))
print(d.pop(K(4)))
print(d.setdefault(K(10), []))
print(d.setdefault(K(1), 5))
del d[K(1)]
print(d)
e = {}
e.update({a: 1, b: 2})
e.update([(c, 3)])
print(e)
f = dict.fromkeys([a, b, c], 0)
print(f)
print(len(f))
