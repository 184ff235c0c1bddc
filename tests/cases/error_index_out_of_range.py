class A:
    pass


l = [A(), A()]
print(l[1])
print(l[5])
