# min() of several arguments cannot take default=.
print(min(1, 2, default=0))
