class A:
    def m(self):
        pass


class B(A):
    pass


a = A()
b = A()
c = B()
print(a.m == a.m, a.m is a.m, a.m != b.m, a.m == b.m)
print(c.m == c.m, A.m == A.m, A.m is B.m)
x = a.m
print(x == a.m, x is x)
print(len == len, print is print, len != print)
