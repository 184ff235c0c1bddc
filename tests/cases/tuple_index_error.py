# Indexing a tuple out of range is an IndexError; the tuple's items die
# after the error line, with the module's names.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


t = (Foo('a'), Foo('b'))
print(t[-1].tag)
print(t[2])
