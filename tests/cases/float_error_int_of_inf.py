# int() of inf is OverflowError.
print(int(1e308), int(-2.5))
print(int(float('inf')))
