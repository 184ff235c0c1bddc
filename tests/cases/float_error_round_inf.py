# round() of inf to an int is OverflowError.
print(round(float('inf'), 0))
print(round(float('inf')))
