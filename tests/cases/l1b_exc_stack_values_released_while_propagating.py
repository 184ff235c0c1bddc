class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
def boom():
    raise ValueError('b')
def f():
    a = D(1)
    x = [D(2), D(3), boom()]
def g():
    return {'k': D(4), 'j': f()}
try:
    g()
except ValueError as e:
    print('caught')
print('after')
def h():
    return (D(5), D(6)) + boom()
try:
    print(D(7), h())
except ValueError:
    print('c2')
print('end')
