class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
    def __repr__(self):
        return 'D'
def f():
    out = [print('item', x.n) for x in [D(1), D(2)]]
    print('after comp')
    return out
f()
g = {k.n: v for k, v in [(D(3), D(4)), (D(5), D(6))]}
print('dict comp')
del g
print(max(D(i).n for i in range(3)))
print(sorted([D(i).n for i in range(3)]))
print(any(x.n == 1 for x in [D(10), D(11), D(12)]))
print('any done')
print(all(x.n == 1 for x in [D(20), D(21), D(22)]))
print(', '.join(str(x.n) for x in [D(30), D(31)]))
print(tuple(D(i).n for i in range(2)))
print(dict((D(i).n, i) for i in range(2)))
print('end')
