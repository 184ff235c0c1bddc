# setdefault() of a list key is a TypeError.
d = {}
d.setdefault([], 1)
