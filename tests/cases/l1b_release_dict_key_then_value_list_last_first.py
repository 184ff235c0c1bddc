class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return isinstance(o, D)
d = {D(1): D(2), 'b': D(3)}
d[D(4)] = D(5)
d['c'] = D(6)
d['b'] = D(7)
del d
l = [D(8), [D(9), D(10)], (D(11), D(12))]
del l
