class M:
    def __init__(self):
        self.d = {'a': 1, 'b': 2}
    def keys(self):
        print('keys')
        return ['a', 'b']
    def __getitem__(self, k):
        print('get', k)
        return self.d[k]
def f(a, b):
    return a + b
m = M()
print(f(**m))
x = {**m}
print(x)
y = {'z': 0, **m, 'c': 3}
print(y)
def g(**kw):
    return kw
print(g(**m))
print(dict(m))
d2 = {}
d2.update(m)
print(d2)
