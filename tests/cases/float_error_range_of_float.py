# range() takes no float.
print(list(range(3)))
print(range(3.0))
