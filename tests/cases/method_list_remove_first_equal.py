class A:
    pass


a = A()
b = A()
l = [a, b, a, 1, 2, 1]
l.remove(a)
print(l)
l.remove(1)
print(l)
a = None
l.remove(l[1])
print(l)
