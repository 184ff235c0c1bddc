# A missing keyword-only argument is CPython's TypeError; the frame's
# parameters bound so far are released after the error line.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def log(first, *parts, sep, end='!'):
    return first


log(Foo('x'), Foo('y'))
