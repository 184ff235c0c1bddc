d = {1: 'a'}
d[1.0] = 'b'
d[True] = 'c'
print(d)
e = {True: 1, 1: 2, 1.0: 3}
print(e)
print(0 in {False: 1}, 0.0 in {0: 1})
f = {}
f[2.0] = 'x'
f[2] = 'y'
print(f)
print({1: 'a'}.get(True))
print({'a': 1}.get('a'))
g = dict.fromkeys([1, 1.0, True, 2])
print(g)
