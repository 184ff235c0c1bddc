class K:
    def __init__(self, n, d=None):
        self.n = n
        self.d = d
    def __hash__(self):
        return 1
    def __eq__(self, other):
        print('eq', self.n, other.n)
        if self.d is not None and len(self.d) < 4:
            self.d[len(self.d) + 100] = 'x'
        return self.n == other.n

d = {}
a = K(1, d)
d[a] = 'a'
d[K(2)] = 'b'
print(K(2) in d)
print(len(d))
print(K(3) in d)
print(len(d))
