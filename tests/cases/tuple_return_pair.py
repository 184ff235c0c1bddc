# `return a, b` builds a tuple in the frame; unpacking the result takes
# the items and the tuple dies at once.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def split(tag):
    left = Foo(tag + '-left')
    right = Foo(tag + '-right')
    return left, right


l, r = split('x')
print(l.tag, r.tag)
pair = split('y')
print(pair[0].tag, len(pair))
pair = None
l = r = None
print(split('z')[1].tag)
print('end')
