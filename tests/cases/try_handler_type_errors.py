# The type of a handler is evaluated when the exception reaches it: a name
# that is not defined, or something that is no exception class, raises
# there with the first exception as context.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


class Bad(Exception):
    def __init__(self):
        raise RuntimeError('in __init__')


try:
    try:
        raise KeyError(Foo('first'))
    except NotDefinedAnywhere:
        print('never')
except NameError as e:
    print('NameError:', e, '| context:', repr(e.__context__.args[0].tag))
try:
    try:
        raise KeyError('k')
    except (ValueError, 3):
        print('never')
except TypeError as e:
    print('TypeError:', e)
try:
    raise Bad
except RuntimeError as e:
    print('RuntimeError:', e, e.__context__)
print('end')
