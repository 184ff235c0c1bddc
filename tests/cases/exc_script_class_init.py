# Exception.__init__(self, ...) from a script exception's __init__ sets
# its args (the ones of the call are replaced); the descriptor checks
# what it gets.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


class E(Exception):
    def __init__(self, m):
        Exception.__init__(self, m, Foo('second arg'))
        self.m = m


try:
    raise E(Foo('first arg'))
except E as e:
    print(repr(e.args[0].tag), e.args[1].tag, e.m.tag)
try:
    ValueError.__init__(KeyError())
except TypeError as e:
    print(e)
print(ValueError.__init__)
print(ValueError, E.__name__, ValueError.__name__)
