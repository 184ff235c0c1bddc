class A:
    pass


x = 5
l = [A()]
l[0]()
