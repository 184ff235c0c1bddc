# sum() with start given by position and by name.
print(sum([1], 2, start=3))
