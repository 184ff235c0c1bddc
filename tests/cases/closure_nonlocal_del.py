# del of a nonlocal name empties the shared cell; reading it again in the
# outer function is an UnboundLocalError.
class Foo:
    def __del__(self):
        print('foo gone')


def outer():
    x = Foo()

    def drop():
        nonlocal x
        del x
    drop()
    print('dropped')
    try:
        print(x)
    except UnboundLocalError:
        print('unbound')


outer()
print('end')
