# iter(), enumerate() and zip() of an int: TypeError.
z = zip([1], 5)
