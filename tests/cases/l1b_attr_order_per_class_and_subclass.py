class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
class A:
    pass
class B(A):
    pass
a1 = A()
a1.z = D(1)
a1.y = D(2)
a2 = A()
a2.y = D(3)
a2.x = D(4)
a2.z = D(5)
b = B()
b.x = D(6)
b.z = D(7)
b.y = D(8)
del a2.z
a2.z = D(9)
del a1
del a2
del b
