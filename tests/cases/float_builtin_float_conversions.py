# float() of ints, strs (spaces, underscores, inf, nan, exponents) and floats.
print(float(), float(7), float(-3), float(True), float(2.5), float(' 1.5 '), float('1e5'))
print(float('inf'), float('-inf'), float('+Infinity'), float('nan'), float('-NaN'), float('1_000.5'))
print(float('.5'), float('5.'), float('-0'), float('1E-3'), float('  -12  '), float('1e400'), float('\t2\n'))
print(float(9007199254740993), float(123456789012345678901234567890), float('0.1') == 0.1)
x = float
print(x('2'), x)
