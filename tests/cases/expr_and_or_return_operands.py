class A:
    pass


print(0 or 'x', 1 and 2, 0 and 1, '' or 0)
print(None or None, None and 1)
a = A()
b = None or a
print(b is a)
c = a and None
print(c)
d = [] or [A()]
print(d)
e = A() and 7
print(e)
print('end')
