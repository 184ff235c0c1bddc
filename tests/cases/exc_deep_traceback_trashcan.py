# A traceback through 120 frames, each with a local: when the exception
# dies its frames go through CPython's trashcan (50 nested levels, then
# the pending ones), innermost first within each run.
class Foo:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


def down(n):
    local = Foo(n)
    if n == 120:
        raise ValueError('bottom')
    down(n + 1)


try:
    down(1)
except ValueError as e:
    print('caught', e)
print('end')
