class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print('bool', self.v)
        return self.v
    def __del__(self):
        print('del B')
class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 7
    def __eq__(self, other):
        print('eq', self.n, other.n)
        return B(self.n == other.n)

d = {K(1): 1, K(2): 2}
print(d[K(2)])
class S(K):
    def __eq__(self, other):
        print('S eq', self.n, other.n)
        return self.n == other.n
print(S(1) in d)
