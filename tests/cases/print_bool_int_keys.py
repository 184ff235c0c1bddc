d = {1: 'one', 'x': 2, -3: [4]}
print(d)
print(d[1], d[-3])
print([True, False] == [1, 0])
