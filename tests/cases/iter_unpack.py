# Unpacking an iterator or a view takes its items one by one, then makes
# sure no item is left; l += iterator extends in place.
class Foo:
    def __init__(self, t):
        self.t = t
    def __del__(self):
        print('del', self.t)
a, b = iter([Foo('a'), Foo('b')])
print(a.t, b.t)
(k,) = {'key': 1}.keys()
x, y = map(abs, [-1, -2])
(p, q), = zip([1], [2]) if False else [(1, 2)]
l = [0]
l += zip('ab', [1, 2])
l += {'z': 1}.values()
print(k, x, y, p, q, l)
del a, b
print('end')
