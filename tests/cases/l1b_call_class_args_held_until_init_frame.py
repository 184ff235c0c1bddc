import sys
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
class C:
    def __init__(self, a, *rest, **kw):
        print('init', sys.getrefcount(a))
        self.first = rest
        print('end init')
    def __del__(self):
        print('__del__ C')
c = C(D(1), D(2), k=D(3))
print('made')
del c
def mk(x):
    print('mk', sys.getrefcount(x))
    return x
mk(D(4))
print(len([D(5)]), sys.getrefcount(D(6)))
print('end')
