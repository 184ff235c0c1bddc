class A:
    pass


a = A()
print(1 + 2, 'ok')
print(A(), 1 + 'a')
