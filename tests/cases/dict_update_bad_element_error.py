# An update sequence element that is not a sequence is a TypeError.
d = {}
d.update([(1, 2), 3])
