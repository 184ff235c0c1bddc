class A:
    pass


a = A()
print(7 // 2)
print(A(), 7 // 0)
