# A parameter that a nested function uses stays in its parameter slot as a
# cell: released first among the slots, but held by the closure.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def frame(p, q):
    local = Foo('local')

    def inner():
        return p
    print('inner holds', inner().tag)
    return 0


frame(Foo('p cell'), Foo('q plain'))
print('end')
