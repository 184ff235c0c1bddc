class A:
    pass


[A(), A()].append(A())
print('temporary list and items freed')
x = [A(), A()].pop()
print(x)
