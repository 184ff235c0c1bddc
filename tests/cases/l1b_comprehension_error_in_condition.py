class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
def f():
    k = D(1)
    return [D(i) for i in [D(2), 1, 0] if 1 // i.n]
f()
