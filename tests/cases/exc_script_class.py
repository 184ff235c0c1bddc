# Script exception classes: traced instances whose args are the call's
# arguments (set before __init__ runs), with BaseException's repr and str;
# except catches subclasses; an uncaught one prints its error line, then
# the frames go, then it does (its del line, attributes, args).
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, line, payload):
        self.line = line
        self.payload = payload


def parse(text):
    local = Foo('parse local')
    raise ParseError(7, Foo('payload'))


try:
    parse('x')
except AppError as e:
    print('caught', e.__class__.__name__, e.line, e.args[0], e.payload.tag)
    print(repr(AppError('a', 1)), str(AppError('only')), str(AppError()), repr(AppError()))
try:
    raise AppError
except (KeyError, AppError) as e:
    print('class raised', repr(e), e.args)
err = AppError(Foo('kept in args'))
err.note = Foo('note')
print('made', repr(err.args[0].tag))
err = None
print('uncaught next')
parse('y')
