class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 0
    def __eq__(self, other):
        print('eq', self.n, other.n)
        return self.n == other.n

d = {K(1): 'a', K(2): 'b', K(3): 'c'}
print('del')
del d[K(2)]
print('store 4')
d[K(4)] = 'd'
print('lookup 3')
print(d[K(3)])
print('lookup 4')
print(K(4) in d)
for i in range(5, 12):
    d[K(i)] = i
print('after growth')
print(K(3) in d)
print(len(d))
