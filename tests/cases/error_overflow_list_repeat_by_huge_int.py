# A list times an int too big for an index is an OverflowError (raised in
# the oracle's __mul__, whose frame keeps the list until after the error
# line); smaller ints repeat as usual.
class Tag:
    pass


items = [Tag()]
print(len(items * 3), len(2 * items), len(items * -5))
print(len(['a'] * 100000000000000000000))
