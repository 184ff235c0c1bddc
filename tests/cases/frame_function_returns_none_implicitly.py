class A:
    pass


def nothing(p):
    q = A()


r = nothing(A())
print(r)
