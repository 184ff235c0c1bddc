# next() of a list (not an iterator) is a TypeError.
next([1])
