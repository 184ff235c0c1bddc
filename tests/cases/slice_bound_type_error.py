# A bound that is not an int or None is a TypeError.
l = [1, 2, 3]
print(l[1:2])
print(l['a':])
