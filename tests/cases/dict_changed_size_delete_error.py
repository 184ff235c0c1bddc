# Deleting a key while iterating values() is a RuntimeError too.
d = {'a': 1, 'b': 2, 'c': 3}
for v in d.values():
    print(v)
    if v == 2:
        del d['a']
