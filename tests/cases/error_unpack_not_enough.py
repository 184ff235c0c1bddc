class A:
    pass


x = A()
x, y = [A()]
