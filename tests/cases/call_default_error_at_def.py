# A default that fails when def runs: the defaults evaluated so far are
# released (the keyword-only ones, then the tuple) and no function is made.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def f(x=Foo('d1'), *, y=Foo('d2'), z=undefined):
    pass
