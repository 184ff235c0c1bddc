# self.__class__ is the class (one more reference while it is held),
# __name__ of classes, functions, methods and builtins.
import sys


class Foo:
    def method(self):
        return self.__class__


def func():
    pass


f = Foo()
print(f.__class__, Foo.__name__, func.__name__, f.method.__name__, Foo.method.__name__)
print(print.__name__, len.__name__, f.__class__.__name__, [].__class__, {}.__class__)
cls = f.method()
g = cls()
print(cls is Foo, g.__class__ is f.__class__, sys.getrefcount(g))
print(f'{f.__class__!r} {f.__class__.__name__:>6}|')
del cls
print(f.__name__)
