class A:
    pass


x = None
x[0] = A()
