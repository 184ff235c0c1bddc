# x // 0 with a float is ZeroDivisionError.
d = {'k': 7.5}
print(d['k'] // 2)
print(d['k'] // 0)
