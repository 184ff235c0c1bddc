# max() of an empty sequence without default= is a ValueError.
class Foo:
    def __del__(self):
        print('del Foo')
f = Foo()
print(max([], key=None))
