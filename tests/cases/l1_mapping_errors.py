class M:
    def __init__(self, d):
        self.d = d
    def keys(self):
        return list(self.d)
    def __getitem__(self, k):
        print('get', k)
        return self.d[k]
def f(**kw):
    return kw
m = M({'a': [1], 'b': 2})
try:
    f(a=0, **m)
except TypeError as e:
    print('dup', e)
try:
    f(**M({1: 2}))
except TypeError as e:
    print('key', e)
class N:
    def keys(self):
        return ['x']
try:
    f(**N())
except TypeError as e:
    print('noget', e)
try:
    {**N()}
except TypeError as e:
    print('noget2', e)
class K:
    def keys(self):
        return iter(['p', 'q'])
    def __getitem__(self, k):
        return k * 2
print(f(**K()), {**K(), 'r': 1}, dict(K()))
d = {'z': 1}
d |= K()
print(d)
print(f(**m, c=3))
