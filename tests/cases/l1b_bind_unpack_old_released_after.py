class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
a, b = D(1), D(2)
a, b = D(3), D(4)
print('x')
def f():
    p, q = D(5), D(6)
    p, q = D(7), D(8)
    print('in f')
f()
h = [None, None]
h[0], h[1] = D(9), D(10)
h[0], h[1] = D(11), D(12)
print('y')
x, *rest = [D(13), D(14), D(15)]
x, *rest = [D(16), D(17)]
print('end')
