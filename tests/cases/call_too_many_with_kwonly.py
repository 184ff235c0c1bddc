# Too many positional arguments, with a keyword-only one given: CPython's
# message counts both.
def f(a, b=2, *, c):
    pass


f(1, 2, 3, c=4)
