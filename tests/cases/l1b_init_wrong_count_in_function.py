class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
class C:
    def __init__(self, a, b):
        self.a = a
    def __del__(self):
        print('__del__ C')
class N:
    def __del__(self):
        print('__del__ N')
try:
    C(D(1))
except TypeError as e:
    print(e)
try:
    N(D(2))
except TypeError as e:
    print(e)
def f():
    return C(D(3), D(4), D(5))
f()
