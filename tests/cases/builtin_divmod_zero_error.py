# divmod(x, 0) is a ZeroDivisionError.
print(divmod(1, 0))
