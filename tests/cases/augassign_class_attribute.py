# a.x += 1 reads the class attribute and stores an instance attribute;
# a list class attribute is extended in place; a missing one fails.
class A:
    x = 10
    items = []
a = A()
a.x += 1
A.x += 5
a.items += [1]
print(a.x, A.x, A.items, a.items is A.items)
b = A()
b.missing += 1
