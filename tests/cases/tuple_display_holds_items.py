# A tuple display holds strong references to its items: getrefcount counts
# the tuple's, and the items die when the tuple does, the last one first.
import sys


class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


a = Foo('a')
t = (a, Foo('b'), [Foo('c')], 7)
print(sys.getrefcount(a), len(t), t[1].tag, t[-2][0].tag, t[3])
a = None
print('a unbound, the tuple keeps it')
t = None
print('end')
