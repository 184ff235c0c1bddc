# divmod() of a str is a TypeError.
print(divmod('a', 1))
