class A:
    pass


a = A()
print(a is a is not None)
print(A() is A() < A())
print(a is a < A())
