# An exception stored past its handler keeps every frame it passed
# through, and the callers of the frame that caught it, with their
# locals; a local holding it makes a cycle that stays leaked at the end.
import sys


class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def deepest(n):
    deep_local = Foo('deepest local')
    raise ValueError(n)


def catcher():
    catcher_local = Foo('catcher local')
    try:
        deepest(1)
    except ValueError as e:
        return e


def caller():
    caller_local = Foo('caller local')
    return catcher()


saved = caller()
print('returned', repr(saved))
saved = None
print('all three frames went with it')


def cyclic():
    data = Foo('in the cycle')
    try:
        raise KeyError('k')
    except KeyError as e:
        err = e


cyclic()
print('end')
