class K:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
    def __hash__(self):
        return 7
    def __eq__(self, o):
        return True
d = {}
d[K(1)] = K(2)
d[K(3)] = K(4)
print('a')
d.update({K(5): K(6)})
print('b')
d.setdefault(K(7), K(8))
print('c')
e = {K(9): K(10), K(11): K(12)}
print('d')
del d, e
print('end')
