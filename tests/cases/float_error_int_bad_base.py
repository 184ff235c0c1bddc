# int() with a base out of range is ValueError.
print(int('10', 2))
print(int('10', 37))
