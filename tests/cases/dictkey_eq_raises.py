class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 1
    def __eq__(self, other):
        if other.n == 3:
            raise ValueError('no eq')
        return self.n == other.n
    def __del__(self):
        print('del', self.n)

d = {K(1): [1], K(2): [2]}
try:
    d[K(3)] = [3]
except ValueError as e:
    print('caught', e)
try:
    print(d.get(K(3)))
except ValueError as e:
    print('caught', e)
print(len(d))
x = d[K(3)]
