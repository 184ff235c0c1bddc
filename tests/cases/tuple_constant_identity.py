# A tuple of constants is one constant of its code object: the same object
# every time the display runs; a display with a name in it is new each time.
def consts():
    return (1, 'a', None)


k = 1
print(consts() is consts(), (k, 2) is (k, 2), () is tuple(), tuple(consts()) is consts())
c = (1, 2)
d = (1, 2)
print(c is d, c == d, id(c) == id(d), id(c) == id((k, 2)))
print((1,), (), ((1, 2), 'x'), (True, 1) == (1, 1))
