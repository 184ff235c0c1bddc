class A:
    pass


l = [A()]
l.pop('x')
