# A float is no list index.
l = [1, 2]
print(l[1])
print(l[1.0])
