class A:
    pass


a = A()
setattr(a, 5, [1])
