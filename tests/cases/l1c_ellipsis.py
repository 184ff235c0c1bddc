# The Ellipsis literal: a constant like None, printed as Ellipsis, and `...`
# as the body of a function and a class.
class Stub:
    ...


def todo(x):
    ...


x = ...
print(...)
print(x, repr(x), str(x), f"{x}", x is Ellipsis, x == ..., bool(...))
items = [..., Stub(), (1, ...)]
print(todo(items), len(items), items[0] is ...)
table = {...: items, 1: ...}
print(table[...] is items, table[1])
del items
table.clear()
