# Calling a finalizer runs it once; later calls and the death do nothing.
import weakref


class Foo:
    pass


class Arg:
    def __del__(self):
        print('arg gone')


def report(a, b):
    print('report', b)
    return 'result'


o = Foo()
f = weakref.finalize(o, report, Arg(), 7)
print(f())
print(f(), f.alive)
del o
print('end')
