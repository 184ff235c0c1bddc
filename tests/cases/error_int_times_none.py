class A:
    pass


x = A()
print(3 * 4)
y = 3 * None
