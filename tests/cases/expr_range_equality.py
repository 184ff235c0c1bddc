# Ranges compare equal when they give the same numbers (two empty ranges,
# different stops with the same items, any step for a single item).
print(range(0) == range(2, 2), range(0, 3, 2) == range(0, 4, 2), range(1, 2, 5) == range(1, 3, 7), range(3) == range(0, 3, 1), range(3) != range(4))
print(range(5, 0, -1) == range(5, 0, -1), range(0) == range(5, 1), range(1) == range(2))
l = [range(0, 3, 2)]
l.remove(range(0, 4, 2))
print(l, [range(2)] == [range(0, 2)])
