class A:
    pass


a = A()
l = [1, [2, [3, []]], {'k': [a, {}]}]
print(l)
d = {'a': {'b': {'c': [None, True]}}, 'n': -5}
print(d)
print([[], {}], {})
