# Slicing what takes no slice: a dict hashes the slice.
d = {'a': 1}
print(d[1:2])
