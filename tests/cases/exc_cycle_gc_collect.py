# An exception stored in a local of a frame it passed through is a cycle:
# it leaks until gc.collect(); breaking it by hand frees it at once.
import gc


class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def leaky(tag):
    data = Foo(tag)
    try:
        raise ValueError(tag)
    except ValueError as e:
        err = e
    return err


def fixed(tag):
    data = Foo(tag)
    try:
        raise ValueError(tag)
    except ValueError as e:
        err = e
        err.__traceback__ = None
    return 'fixed'


r = leaky('first')
print('returned', repr(r))
r = None
print('still alive: a cycle')
print(fixed('second'))
gc.collect()
print('after collect')
print('end')
