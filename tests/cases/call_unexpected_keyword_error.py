# An unknown keyword is CPython's TypeError; the values are released
# first, then the frame's parameters.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def f(a, b=1):
    pass


f(Foo('a'), c=Foo('c'), d=Foo('d'))
