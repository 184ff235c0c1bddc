print(len([]), len([1, 2, 3]))
print(len({}), len({'a': 1, 'b': 2}))
print(len(''), len('hello'))
l = [[1], [2, 3]]
print(len(l[1]))
