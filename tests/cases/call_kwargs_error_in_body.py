# An error in a body with *args and **kwargs: the frame releases its
# parameters in order after the error line, the tuple and the dict in
# their places.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def f(a, *args, k=None, **kw):
    print(len(args), len(kw))
    return missing


f(Foo('a'), Foo('b'), k=Foo('k'), z=Foo('z'))
