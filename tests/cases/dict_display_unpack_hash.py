class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        print('hash', self.n)
        return 0
    def __eq__(self, o):
        print('eq', self.n, o.n)
        return self.n == o.n
    def __repr__(self):
        return 'K%d' % self.n

m = {K(1): 'a', K(2): 'b'}
print('display')
d = {K(3): 'c', **m, K(2): 'B', K(4): 'd'}
print(d)
print('two')
e = {**m, **{K(1): 'z'}}
print(e)
print('three')
f = {**m, K(5): 1, K(6): 2, K(5): 3}
print(f)
