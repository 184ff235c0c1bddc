# An id is never handed out twice: a freed traced object keeps its number,
# and the next traced object gets the next one, where CPython would often
# reuse the freed address.
class Foo:
    pass


ids = []
i = 0
while i < 3:
    ids.append(id(Foo()))
    ids.append(id([]))
    i = i + 1
print(ids[1] - ids[0], ids[2] - ids[0], ids[5] - ids[0])
x = Foo()
print(id(x) - ids[0])
print(id(Foo()) - id(x), id({}) - id(x))
