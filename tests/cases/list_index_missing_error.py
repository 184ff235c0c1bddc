# list.index() of a value not in the range is a ValueError.
l = [1, 2, 3]
l.index(1, 1)
