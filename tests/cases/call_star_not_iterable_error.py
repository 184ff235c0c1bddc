# f(*x) of what cannot be iterated is CPython's TypeError.
def f(*a):
    pass


f(*5)
