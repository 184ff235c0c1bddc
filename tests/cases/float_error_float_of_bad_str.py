# float() of a str that is no number is ValueError.
print(float(' 2.5 '))
print(float('2.5.1'))
