# repr() takes exactly one argument.
l = []
print(repr(l))
repr(l, l)
