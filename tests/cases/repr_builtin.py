# repr() of values: strs quoted and escaped, containers with their items' reprs.
class Foo:
    pass


f = Foo()
print(repr('a\nb'), repr("it's"), repr(42), repr(3.5), repr(None), repr(True))
print(repr('café ☺'), repr('\x00\t'), repr(''))
print(repr([1, 'é', (2,)]), repr({'k': 'ü'}))
print(repr(f))
r = repr(f)
print(len(r), r == repr(f))
print(repr(repr('x')))
print(repr(print), repr(len))
d = {'a': [f]}
print(repr(d), repr(()))
print(repr(10 ** 30), repr(-7), repr(1e100))
