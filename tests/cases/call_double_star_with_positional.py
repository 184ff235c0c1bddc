# f(x, **d): the positional argument and the dict's values bind together;
# the call's tuple and dict keep theirs until it returns.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def f(a, b):
    pass


f(Foo('1'), **{'a': Foo('2'), 'b': Foo('3')})
