d = {'a': 1, 'b': 2, 'c': 3}
d['a'] = 10
print(d)
del d['a']
d['a'] = 100
print(d)
d.pop('b')
d['b'] = 2
print(d)
