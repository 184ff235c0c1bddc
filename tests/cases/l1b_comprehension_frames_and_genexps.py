class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
    def __repr__(self):
        return 'D%d' % self.n
r = [D(x) for x in [1, 2, 3]]
print(r)
del r
def f():
    s = {d.n: D(d.n + 10) for d in [D(4), D(5)]}
    print('built')
    return s
f()
print('genexp')
print(sum(D(i).n for i in range(3)))
print(any(D(i).n > 0 for i in range(3)))
print(all(D(i).n > 0 for i in range(3)))
print('nested')
q = [(a, b) for a in [D(6), D(7)] if a.n > 6 for b in [D(8)]]
print(q)
