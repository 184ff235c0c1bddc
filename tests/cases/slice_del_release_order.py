# del l[i:j] releases from the last to the first; del l[::k] in ascending
# index order, whatever the sign of k.
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


l = []
for i in range(10):
    l.append(Foo(str(i)))
del l[1:4]
print('a', tags(l))
del l[::3]
print('b', tags(l))
del l[::-2]
print('c', tags(l))
del l[5:]
del l[1:1]
del l[::-1]
print('d', l)
l = [Foo('x'), Foo('y')]
del l[:]
print('e', l)
l = [Foo('p'), Foo('q'), Foo('r')]
del l[-1:-3:-1]
print('f', tags(l))
