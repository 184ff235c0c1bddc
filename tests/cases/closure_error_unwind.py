# An uncaught error in a frame with cells: the error line, then the frame
# releases its slots (plain ones, then the cells), then the closure that
# the caller already held goes at the end with the module.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def outer(p):
    plain = Foo('plain')
    cell = Foo('cell')

    def inner():
        return cell, p
    p.keep = inner
    return 1 / 0


holder = Foo('holder')
outer(holder)
