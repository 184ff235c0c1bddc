# A list slice is a new traced list, allocated when the subscript runs;
# its items gain a reference each.
import sys


class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def tags(l):
    out = []
    for f in l:
        out.append(f.tag)
    return out


a = Foo('a')
l = [a, Foo('b'), Foo('c')]
print(sys.getrefcount(a))
m = l[0:2]
print(sys.getrefcount(a), len(m), m[0].tag, m[1].tag)
n = l[:]
print(n is l, len(n), sys.getrefcount(a))
del l
print('l gone')
del m
print('m gone')
n = n[::-1]
print(tags(n))
n = None
print('end')
