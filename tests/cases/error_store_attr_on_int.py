class A:
    pass


x = 5
x.y = A()
