class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
class H:
    pass
def a():
    x = D(1)
    y = D(2)
    b(D(3))
def b(p):
    z = D(4)
    h = H()
    h.q = D(5)
    return h.missing
a()
