# l[i:j] = iterable: the new items are stored, then the replaced ones
# released from the last to the first; any iterable on the right.
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


l = [Foo('a'), Foo('b'), Foo('c'), Foo('d')]
l[1:3] = [Foo('x'), Foo('y'), Foo('z')]
print(tags(l))
l[1:4] = ()
print(tags(l))
l[5:] = [Foo('tail')]
print(tags(l))
l[:0] = (Foo('head'),)
print(tags(l))
l[-2:] = []
print(tags(l))
l[2:1] = [Foo('mid')]
print(tags(l))
l[:] = l
print(tags(l))
m = [1, 2, 3]
m[1:2] = 'xyz'
print(m)
m[:2] = range(3)
print(m)
m[0:1] = {'k': 1, 'j': 2}
print(m)
l[:] = []
print('cleared', l)
