# An error while a tuple display evaluates its items: the items taken so
# far are released, the last first, before the error line.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


t = (Foo('a'), Foo('b'), undefined)
