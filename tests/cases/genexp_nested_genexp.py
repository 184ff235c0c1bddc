# A generator expression inside another one.
rows = [[1, 2], [3], []]
print(sum(sum(y for y in row) for row in rows))
print(max(len(list(c for c in w)) for w in ['ab', 'abc']))
