# The sliced list holds its items; a slice of a temporary list frees the
# temporary after the new list is made.
import sys


class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


a = Foo('a')
print(sys.getrefcount(a))
s = [a, Foo('t')][:1]
print(sys.getrefcount(a), len(s))
print(len([Foo('u'), Foo('v')][1:]))
t = (a, a, Foo('w'))[::2]
print(sys.getrefcount(a), len(t))
del t
print(sys.getrefcount(a))
l = [a]
l[0:0] = [a, a]
print(sys.getrefcount(a))
l[:] = []
print(sys.getrefcount(a))
