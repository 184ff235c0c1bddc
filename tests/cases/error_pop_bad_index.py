class A:
    pass


l = [A(), A()]
l.pop(9)
