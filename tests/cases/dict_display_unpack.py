class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
    def __repr__(self):
        return 'A%d' % self.n

a = {'x': A(1), 'y': A(2)}
b = {**a}
print(b)
c = {**a, 'y': A(3), 'z': [4]}
print(c)
d = {'y': A(5), **a, 'w': A(6)}
print(d)
e = {**a, **{'x': A(7)}}
print(e)
f = {**{}, **{}}
print(f)
try:
    g = {'k': [1], **5}
except TypeError as err:
    print(err)
try:
    g = {**a, 'k': [2], **None}
except TypeError as err:
    print(err)
def mk():
    return {'m': A(8)}
h = {**mk(), 'n': 1}
print(h)
del a, b, c, d, e, h
print('end')
