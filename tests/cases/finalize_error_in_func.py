# An error inside a finalizer run by its object's death is swallowed.
import weakref


class Foo:
    pass


class Arg:
    def __del__(self):
        print('arg gone')


def bad(a):
    print('bad runs')
    raise ValueError('oops')


o = Foo()
weakref.finalize(o, bad, Arg())
o = None
print('end')
