# A parameter given both by position and by keyword is a TypeError.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def f(a, b):
    pass


f(Foo('1'), Foo('2'), a=Foo('3'))
