# Too many positional arguments: the extra ones are released first, then
# the frame's parameters; the message counts the defaults.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def f(a, b=2):
    pass


f(Foo('1'), Foo('2'), Foo('3'))
