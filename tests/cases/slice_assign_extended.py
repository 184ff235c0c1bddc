# l[::k] = seq replaces one for one; the replaced ones are released in the
# slice's order, even for a negative step.
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


l = [Foo('0'), Foo('1'), Foo('2'), Foo('3'), Foo('4'), Foo('5')]
l[::2] = [Foo('a'), Foo('b'), Foo('c')]
print(tags(l))
l[::-2] = (Foo('x'), Foo('y'), Foo('z'))
print(tags(l))
l[4:0:-3] = [Foo('p'), Foo('q')]
print(tags(l))
l[10::2] = []
l[::1] = [Foo('one')]
print(tags(l))
print('end')
