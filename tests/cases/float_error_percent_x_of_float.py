# %x of a float is TypeError.
print('%d' % 2.5)
print('%x' % 2.5)
