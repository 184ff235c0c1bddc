# Deleting one key and adding another keeps the size: the iterator finds
# more entries than it expected, "dictionary keys changed during iteration".
d = {'a': 1, 'b': 2}
for k in d:
    print(k)
    if k == 'a':
        del d['a']
        d['c'] = 3
