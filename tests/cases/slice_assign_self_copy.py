# l[i:j] = l copies l first; l[::-1] = l too.
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


l = [Foo('a'), Foo('b'), Foo('c')]
l[1:2] = l
print(tags(l))
l[::-1] = l
print(tags(l))
l[:4] = l[4:]
print(tags(l))
