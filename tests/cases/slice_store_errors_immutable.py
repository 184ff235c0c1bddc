# Strings and tuples take no slice assignment.
t = (1, 2, 3)
print(t[1:])
t[1:2] = [5]
