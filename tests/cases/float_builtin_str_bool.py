# str() and bool() of numbers and others; the types print as classes.
print(str(), str(1.5), str(-0.0), str(10), str(True), str(None), str('x'), str([1.5, 'a']))
print(bool(), bool(0), bool(0.0), bool(-0.0), bool(2.5), bool(''), bool('x'), bool([]), bool([0]))
print(str(1e16) + '!', str(1 / 3), bool(float('nan')), str, bool, int, float)
d = {}
print(bool(d), str(d), bool({'a': 1}))
