# `in` and `not in` on lists (identity, then ==), dicts (keys), strings
# (substrings) and ranges.
class Foo:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


a = Foo(1)
items = [a, [1, 2], 'x']
print(a in items, [1, 2] in items, Foo(2) in items, 'x' not in items)
d = {'k': a, 3: 'v'}
print('k' in d, a in d, 3 in d, 'v' in d)
print('' in 'abc', 'bc' in 'abc', 'ca' in 'abc', 'é' in 'café')
r = range(0, 20, 3)
print(9 in r, 10 in r, -3 in r, True in range(2), 'x' in r, 18 in range(20, 0, -2))
print(4 not in range(10, 0, -3), 7 in range(10, 0, -3))
print([] in [[]], 1 in [True], 2 in [1, 2] in [[1, 2]])
print('end')
