class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
def f():
    z = D(1)
    return [D(2), D(3).nope]
f()
