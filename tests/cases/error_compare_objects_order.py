class A:
    pass


a = A()
print(a == a)
print(A() < a)
