# round()'s ndigits must be an int.
print(round(2.5, 1))
print(round(2.5, 1.0))
