d = {1: 'one', 0: 'zero'}
d[True] = 'true'
print(d)
print(d[False], d.get(True))
l = [1, 0, True]
l.remove(True)
print(l)
print(1 == True, 1 is True, 0 == False)
