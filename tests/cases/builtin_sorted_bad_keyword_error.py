# sorted() fills its list before list.sort() checks the keywords: the
# list is allocated, then freed by the TypeError.
l = [2, 1]
print(sorted(l, cmp=None))
