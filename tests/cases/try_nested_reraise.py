# Nested handlers and re-raise: a bare raise keeps the exception and its
# traceback (the error line stays where it was raised), a handler that
# does not match lets it through to the outer one.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def inner():
    a = Foo('inner local')
    return {}['missing']


def middle():
    b = Foo('middle local')
    try:
        inner()
    except KeyError:
        print('middle sees it, raises again')
        raise


try:
    try:
        middle()
    except ValueError:
        print('not this one')
    print('not reached')
except LookupError as e:
    print('outer caught', repr(e), e.args)
print('after')
try:
    try:
        raise TypeError('first')
    except TypeError:
        raise
except (ValueError, TypeError) as e:
    print('tuple caught', e)
middle()
