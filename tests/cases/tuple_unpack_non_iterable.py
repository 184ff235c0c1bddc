# Unpacking what cannot be iterated is CPython's TypeError.
class Foo:
    pass


x = Foo()
a, b = x
