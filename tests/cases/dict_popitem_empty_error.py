# popitem() of an empty dict is a KeyError.
d = {'a': 1}
d.popitem()
d.popitem()
