# `a, *rest = v`: rest is a traced list allocated after the items before
# the star are taken; the items after the star move out of its end.
import sys


class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


first, *rest = (Foo('a'), Foo('b'), Foo('c'))
print(first.tag, len(rest), sys.getrefcount(rest[0]))
*init, last = [Foo('x'), Foo('y')]
print(len(init), init[0].tag, last.tag)
head, *mid, tail = 'ab'
print(head, mid, tail)
rest = None
print('end')
