# *args is an untraced tuple holding the extra positional arguments; it
# is a parameter, released in its place, and survives when returned.
import sys


class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def gather(first, *rest):
    print(len(rest))
    if len(rest) > 0:
        print(sys.getrefcount(rest[0]))
    return rest


kept = gather(Foo('a'), Foo('b'), Foo('c'))
print(len(kept), kept[0].tag)
gather(Foo('alone'))
kept = None
print('end')
