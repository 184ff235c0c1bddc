# f(*x) takes any iterable: a str, a dict's keys, a range, several stars.
def f(*a):
    print(a)


f(*'ab')
f(*{'x': 1, 'y': 2})
f(*range(3))
f(*(), *[1], 2, *(3,))
