class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 1
    def __eq__(self, o):
        print('eq', self.n, o.n)
        return self.n == o.n
d = {(K(1), 2): 'a'}
print((K(1), 2) in d)
e = {K(1): 1, K(2): 2}
f = {K(2): 2, K(1): 1}
print(e == f)
def g(**kw):
    return kw
print(g(**{'a': 1}, b=2))
h = dict(e)
print(len(h), K(2) in h)
h |= {K(3): 3}
print(len(h))
print(e | f)
e.clear()
e[K(5)] = 5
print(K(5) in e)
print(list({K(7): 1}.items()))
