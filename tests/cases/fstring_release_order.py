# Each field is evaluated, converted and formatted before the next one
# starts; a temporary dies right after its FORMAT_VALUE, before the pieces
# are joined.
class Foo:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


def make(name):
    print('make', name)
    return Foo(name)


print(f'{make("a")!r:.8} and {make("b").name} and {make("c").name!r}')
x = Foo('x')
s = f'{x.name:>5}|{x.name!s:*^7}|{x.name=}'
print(s)
print(f'{x}' == f'{x!s}' == format(x) == f'{x!r}', 'done')
del x
