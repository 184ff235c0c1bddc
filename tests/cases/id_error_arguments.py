# id() takes exactly one argument: the objects made for the call are
# released before the error line.
class Foo:
    pass


a = Foo()
print(id(a) == id(a))
print(id(a, [Foo()]))
