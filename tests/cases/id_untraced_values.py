# id() of an untraced value is 0x7E0000000000 + 16*k, k counting the
# distinct values id() has seen, in order; asking again gives the same k.
# Which values are the same object is CPython's: None, True, small ints,
# equal constants, interned strings, builtins and modules.
import gc


class Foo:
    def m(self):
        pass


def f():
    return 'word'


first = id(None)
print(first, id(True) - first, id(7) - first, id(None) - first)
print(id(f) - first, id(Foo) - first, id(len) - first, id(gc) - first)
print(id(7) - first, id(f) - first, id(Foo) - first)
print(id('word') == id(f()), id(1000) == id(1000), id(0) == id(False))
print(id(gc.collect) == id(gc.collect), id(print) != id(len))
print(id(range) - first, id(list) - first)
