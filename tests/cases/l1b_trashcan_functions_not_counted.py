class N:
    def __init__(self, i):
        self.i = i
    def __del__(self):
        if self.i % 10 == 0 or self.i > 95:
            print('__del__', self.i)
def wrap(prev, i):
    n = N(i)
    n.prev = prev
    def f(d=n):
        return d
    return f
h = None
for i in range(100):
    h = wrap(h, i)
del h
print('end')
