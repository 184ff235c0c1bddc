# list.index() with start and stop, clamped like slice indices.
l = [1, 2, 1, 2, 1]
print(l.index(1), l.index(1, 1), l.index(2, -2), l.index(1, 3, 5), l.index(1, -100, 100), l.index(1, 10 ** 30 * -1))
print(l.index(2, 0, 2), l.index(True))
