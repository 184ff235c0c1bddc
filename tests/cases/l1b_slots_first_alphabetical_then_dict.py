class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
class Base:
    __slots__ = ('zb', 'ab')
class S(Base):
    __slots__ = ('y', 'b', '__dict__')
s = S()
s.zb = D(1)
s.y = D(2)
s.q = D(3)
s.ab = D(4)
s.b = D(5)
s.a = D(6)
del s
class T(Base):
    pass
t = T()
t.k = D(7)
t.ab = D(8)
t.zb = D(9)
del t
