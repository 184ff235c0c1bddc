# The annotation of a parameter is evaluated by the def: a name that is
# not defined yet fails there.
class Foo:
    def __del__(self):
        print('foo gone')


keep = Foo()


def ok(x: Foo) -> None:
    pass


def later(x: Bar) -> None:
    pass


print('not reached')
