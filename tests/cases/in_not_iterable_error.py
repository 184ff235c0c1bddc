# `in` on something that is not a container is a TypeError.
class Foo:
    def __del__(self):
        print('foo gone')


def look(x):
    local = [Foo()]
    return 3 in x


print(look([3]))
print(look(Foo()))
