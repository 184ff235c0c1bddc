class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
    def __add__(self, o):
        return D(self.n + o)
    def __iadd__(self, o):
        return D(self.n * 100 + o)
class H:
    pass
h = H()
h.v = D(1)
h.v += 1
print('a')
l = [D(2)]
l[0] += 1
print('b')
d = {'k': D(3)}
d['k'] = d['k'] + 1
print('c')
x = D(4)
x = x + 1
print('end')
