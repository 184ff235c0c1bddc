# A call whose arguments do not bind allocates no **kwargs dict.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def options(name, **kw):
    return kw


options(Foo('n'), name=Foo('again'))
