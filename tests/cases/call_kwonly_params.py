# Keyword-only parameters (after * or *args), with and without defaults;
# the keyword-only defaults are released after the positional ones.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def place(a, *, at=Foo('at-default'), by):
    print(a, at.tag, by.tag)


place(1, by=Foo('b1'))
place(2, at=Foo('at2'), by=Foo('b2'))
place = None
print('end')
