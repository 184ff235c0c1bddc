class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        if self.n == 2:
            raise ValueError('bad hash')
        return 1
    def __eq__(self, o):
        if self.n == 3:
            raise KeyError('bad eq')
        return self.n == o.n
    def __del__(self):
        print('del K', self.n)

try:
    d = {K(1): [1], K(2): [2]}
except ValueError as e:
    print('caught', e)
try:
    d = {K(1): [1], K(3): [3]}
except KeyError as e:
    print('caught', e)
d = {K(1): [4]}
d[K(5)] = [5]
print(len(d))
d = {K(1): [7], K(2): [8]}
