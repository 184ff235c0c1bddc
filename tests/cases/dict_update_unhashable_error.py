# A list as a key of dict() pairs is unhashable.
d = dict([([1], 2)])
