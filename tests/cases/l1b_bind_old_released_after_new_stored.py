class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
class H:
    pass
h = H()
h.x = D(1)
h.x = D(2)
l = [D(3)]
l[0] = D(4)
d = {'a': D(5)}
d['a'] = D(6)
def f():
    loc = D(7)
    loc = D(8)
    for i in range(2):
        h.y = D(10 + i)
    return loc
r = f()
del r
