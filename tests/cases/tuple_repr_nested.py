# Tuples print as CPython prints them: (x,) for one item, items by repr,
# and a tuple reached again through a list is (...).
class Foo:
    pass


f = Foo()
l = [1]
t = (l, 'q', f)
l.append(t)
print(t)
print(l)
print([(1,), ()], {'k': (None, True)})
l.clear()
