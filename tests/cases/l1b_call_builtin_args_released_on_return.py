class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
    def __lt__(self, o):
        return self.n < o.n
    def __repr__(self):
        return 'D%d' % self.n
print(D(1))
print(isinstance(D(2), D))
print(getattr(D(3), 'n'))
print(max(D(4), D(5)))
print(sorted([D(6), D(7)]))
print(len([D(8)]), repr(D(9)), D(10).n)
x = min([D(11), D(12)], key=lambda d: -d.n)
print(x)
print(list(map(lambda d: d.n, [D(13), D(14)])))
print([e for e in enumerate([D(15)])])
print(list(zip([D(16)], [D(17)])))
print('end')
