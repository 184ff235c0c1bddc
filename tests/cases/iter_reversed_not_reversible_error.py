# reversed() of an int is a TypeError.
r = reversed(5)
