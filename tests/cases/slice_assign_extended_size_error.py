# The sizes must match: ValueError, and the new list dies with the error.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


l = [Foo('0'), Foo('1'), Foo('2'), Foo('3')]
l[::2] = [Foo('a'), Foo('b'), Foo('c')]
