# map() of a function alone is a TypeError.
m = map(len)
