# An exception raised in an except or finally block holds the one being
# handled as __context__; `from` sets __cause__ and __suppress_context__.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def work():
    x = Foo('work local')
    raise KeyError('k')


try:
    try:
        work()
    except KeyError as e:
        raise ValueError('while handling') from e
except ValueError as err:
    print(repr(err), repr(err.__cause__), repr(err.__context__), err.__suppress_context__)
    kept = err
print('kept', repr(kept))
kept.__cause__ = None
print('cause cleared', kept.__cause__, kept.__suppress_context__)
kept.__context__ = None
print('context cleared')
try:
    try:
        1 // 0
    finally:
        print('in finally')
        raise RuntimeError('from finally')
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
try:
    raise ValueError('no cause') from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, e.__context__)
kept = None
print('end')
