# sorted() of an int: its list is allocated, then freed by the TypeError.
print(sorted(5))
