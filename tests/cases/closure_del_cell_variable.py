# del of a cell variable empties the cell: the value goes at once, and the
# closure then finds no value (NameError on a free variable).
class Foo:
    def __del__(self):
        print('foo gone')


def outer():
    x = Foo()

    def inner():
        return x
    del x
    print('deleted')
    try:
        inner()
    except NameError as e:
        print('NameError:', e)
    return inner


f = outer()
print('end')
