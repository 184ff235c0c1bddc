# A field that raises: the values formatted before it are already gone,
# the one being evaluated dies with the error.
class Foo:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


a = Foo('a')
print(f'{Foo("t").name} {a.name} {a.missing} {Foo("never")}')
