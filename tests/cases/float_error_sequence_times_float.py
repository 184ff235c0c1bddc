# A list times a float is TypeError.
l = [1, 2]
print(l * 2)
print(l * 2.0)
