# isinstance's second argument must be a class or a tuple of classes.
class A:
    pass


a = A()
print(isinstance(a, (int, (str, A))), isinstance([], list), isinstance({}, (dict,)))
print(isinstance(a, A()))
