class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
    def __repr__(self):
        return 'A%d' % self.n
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        print('iter')
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return A(10 + self.i)

s = [A(1), A(2)]
l = [A(0), *s, A(3)]
print(l)
m = [*s]
print(m, m is s)
t = (A(4), *s, *(A(5),), *'ab', *range(2))
print(t)
u = [*It(), A(6)]
print(u)
v = (*It(), *{'k': 1})
print(v)
try:
    w = [A(7), *5]
except TypeError as e:
    print(e)
try:
    w = (A(8), *None, A(9))
except TypeError as e:
    print(e)
a, *b = *s, A(20)
print(a, b)
print([*[], *()], (*[],))
del l, m, t, u, v, s, a, b
print('end')
