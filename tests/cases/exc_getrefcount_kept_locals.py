# A traceback keeps the frames the exception passed through, with their
# locals: sys.getrefcount counts the frame's reference while the exception
# lives; `e.__traceback__ = None` lets the frames go.
import sys


class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def fail(obj):
    local = obj
    raise RuntimeError('failed')


shared = Foo('shared')
print(sys.getrefcount(shared))
try:
    fail(shared)
except RuntimeError as e:
    print('in handler', sys.getrefcount(shared))
    saved = e
print('saved keeps the frame', sys.getrefcount(shared))
saved.__traceback__ = None
print('traceback dropped', sys.getrefcount(shared))
print(saved.__traceback__)
saved = None
del shared
print('end')
