class A:
    pass


print(issubclass(A, A), issubclass(bool, int), issubclass(int, bool))
print(issubclass(A(), A))
