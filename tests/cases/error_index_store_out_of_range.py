class A:
    pass


l = [A()]
l[3] = A()
