# The default repr of a traced instance is CPython's, with the address
# 0x7F0000000000 + 16*N: alone, in lists, as dict keys and values, nested,
# in a bound method; classes print as classes, list and dict as builtins.
class Foo:
    def m(self):
        pass


class Bar(Foo):
    pass


a = Foo()
b = Bar()
l = [a, [b], 'x']
d = {a: b, 'k': l}
print(a)
print(b, l)
print(d)
print(a.m)
print(Foo, Bar, list, dict, range)
l.append(l)
print(l)
print([a, a], {'a': {'b': b}})
