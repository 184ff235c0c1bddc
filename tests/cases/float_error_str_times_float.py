# A str times a float is TypeError.
print('ab' * 2)
print('ab' * 2.0)
