# A *args tuple that a closure uses is a cell in the *args slot; the
# tuple, and what it holds, live as long as the closure.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def bundle(*args):
    return lambda: len(args)


b = bundle(Foo('a'), Foo('b'))
print('len', b())
b = None
print('end')
