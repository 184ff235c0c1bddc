# Missing positional arguments name every missing one.
def f(a, b, c, d=4):
    pass


f(1)
