class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
class C:
    def __init__(self, a):
        pass
    def __del__(self):
        print('__del__ C')
try:
    C()
except TypeError as e:
    print(e)
class N:
    pass
try:
    N(D(1))
except TypeError as e:
    print(e)
C(D(2), )
print('end')
C(D(3), D(4))
