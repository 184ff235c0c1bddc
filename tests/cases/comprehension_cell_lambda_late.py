def makers():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]


print(makers())


def bound():
    base = [10]
    adders = [lambda x, k=k: x + k + base[0] for k in range(2)]
    base[0] = 100
    return [a(1) for a in adders]


print(bound())
