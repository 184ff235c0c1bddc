# A list times an int too big for an index is an OverflowError (the
# oracle's __mul__ lets go of the list before it raises, so the list dies
# before the error line); smaller ints repeat as usual.
class Tag:
    pass


items = [Tag()]
print(len(items * 3), len(2 * items), len(items * -5))
print(len(['a'] * 100000000000000000000))
