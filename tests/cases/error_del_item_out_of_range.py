class A:
    pass


l = [A()]
del l[-1]
print(len(l))
del l[0]
