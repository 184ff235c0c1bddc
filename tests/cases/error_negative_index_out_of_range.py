class A:
    pass


l = [A(), A()]
print(l[-2] is l[0])
l.insert(-99, A())
print(len(l))
print(l.pop(-3))
l[-3] = A()
