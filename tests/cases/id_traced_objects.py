# id() of traced object N is 0x7F0000000000 + 16*N: instances, lists and
# dicts alike, the same for every name bound to the object, for a
# temporary too (it dies when id() returns, before print runs).
class Foo:
    pass


a = Foo()
l = [a]
d = {'k': l}
b = a
print(id(a), id(l), id(d))
print(id(b) == id(a), id(l[0]) == id(a), id(d['k']) == id(l))
print(id(d) - id(a), (id(l) - 139637976727552) // 16)
print(id(Foo()))
print(id([]) - id(a))
