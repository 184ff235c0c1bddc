# An update sequence element of three items is a ValueError; the dict
# made by dict() is freed.
class Foo:
    def __del__(self):
        print('del Foo')
x = dict([(1, Foo()), (1, 2, 3)])
