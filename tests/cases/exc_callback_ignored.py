# An exception escaping a weak reference callback is ignored: the frame of
# the callback and what the exception held go at once, the rest of the
# callbacks run.
import weakref


class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def bad(ref):
    held = Foo('callback local')
    print('bad callback')
    raise RuntimeError(Foo('in args'))


def good(ref):
    print('good callback runs')


target = Foo('target')
r1 = weakref.ref(target, good)
r2 = weakref.ref(target, bad)
try:
    raise KeyError('handled')
except KeyError:
    target = None
    print('still handling')
print('end')
