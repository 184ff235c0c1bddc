# repr() borrows its argument: a temporary list dies after the call.
class Foo:
    def __del__(self):
        print('del Foo')


s = repr([Foo(), Foo()])
print(len(s))
x = Foo()
print(repr(x) == repr(x))
