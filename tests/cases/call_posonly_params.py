# Positional-only parameters (before /) cannot be passed by keyword; with
# **kwargs such a keyword goes to the dict.
def f(a, /, b):
    return a + b


def g(a, /, **kw):
    return len(kw)


print(f(1, 2), f(1, b=2), g(1, a=2))
f(a=1, b=2)
