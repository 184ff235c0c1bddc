# super().__init__(...) in a script exception class reaches the builtin
# base's __init__ (it sets args), not object.__init__; found by the fuzzer.
import sys


class Tag:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


class Oops(Exception):
    def __init__(self, v):
        super().__init__(v)
        self.v = v


class Deeper(Oops):
    pass


class Again(Deeper):
    def __init__(self, v, w):
        super().__init__(w)
        self.w = v


class Plain(KeyError):
    def __init__(self, *args):
        super().__init__(*args, Tag('extra'))


try:
    raise Oops(Tag('first'))
except Oops as e:
    print(e.args[0].name, e.v.name, sys.getrefcount(e.v))
try:
    raise Again(Tag('a'), Tag('b'))
except Deeper as e:
    print(len(e.args), e.args[0].name, e.w.name)
try:
    raise Plain(1, 2)
except KeyError as e:
    print(e.args[:2], e.args[2].name)
    kept = e
print(type(kept).__name__)
del kept
print('end')
