import sys
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
    def m(self):
        return self.n
def deco(f):
    return f
class H:
    pass
h = H()
d = D(1)
h.bm = d.m
del d
print('still', h.bm())
del h.bm
print('x')
h.lst = [D(2).m, D(3).m]
del h.lst
print('end')
