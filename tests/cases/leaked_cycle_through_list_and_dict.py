class A:
    pass


a = A()
a.l = [a]
b = A()
b.d = {'back': b}
c = A()
c.l = [A()]
a = None
b = None
print('a and b leak with their containers; c is alive')
