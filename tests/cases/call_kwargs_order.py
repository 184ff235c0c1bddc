# **kwargs keeps the keywords in the order of the call and releases its
# values in that order when the frame goes.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def f(**kw):
    print(list(kw))


f(b=Foo('b'), a=Foo('a'), c=Foo('c'))
