class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
class E(Exception):
    def __del__(self):
        print('__del__ E')
def inner(p):
    loc = D(2)
    try:
        raise KeyError('ctx')
    except KeyError:
        e = E(D(3))
        e.attr = D(4)
        raise e from ValueError(D(5))
def outer():
    o = D(1)
    x = [D(6)] + inner(D(7))
outer()
