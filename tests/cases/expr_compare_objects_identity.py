class A:
    pass


a = A()
b = a
print(a == b, a != b, a is b)
print(A() == A(), A() != A())
print(A() is A())
print([1, 2] == [1, 2], [1] != [2])
print({'k': 1} == {'k': 1})
