class A:
    pass


x, y = [A(), A(), A()]
