# dict.pop on an EMPTY dict returns the default (or raises KeyError)
# without hashing the key, so an unhashable key is no TypeError there;
# on a non-empty dict it is.
d = {}
print(d.pop([], 'default'))
d['k'] = 1
del d['k']
print(d.pop({}, 'still empty'))
d['k'] = 2
print(d.get('k'))
d.pop([])
