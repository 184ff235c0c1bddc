# The attribute builtins want a str name.
class A:
    pass


a = A()
print(hasattr(a, 'x'))
delattr(a, 'x')
