# Positional-only, positional-or-keyword and keyword-only parameters
# together; four positional arguments are too many.
def f(a, b, /, c, *, d):
    return a + b + c + d


print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
f(1, 2, 3, 4)
