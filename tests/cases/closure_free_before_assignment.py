# Calling the closure before the variable of the function around is
# assigned: "cannot access free variable" (a NameError), uncaught.
class Foo:
    def __del__(self):
        print('foo gone')


def outer():
    keep = Foo()

    def inner():
        return value
    inner()
    value = 1


outer()
