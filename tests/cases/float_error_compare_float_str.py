# Ordering a float and a str is TypeError.
print(1.5 == '1.5', 1.5 != 'x')
print(1.5 < 'x')
