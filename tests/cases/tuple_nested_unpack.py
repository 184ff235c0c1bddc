# Nested unpacking `(a, b), c = ...` and list targets store left to right;
# a wrong count is a ValueError that releases what was taken.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


(a, b), c = (Foo('1'), Foo('2')), Foo('3')
print(a.tag, b.tag, c.tag)
[a, (b, c)] = Foo('4'), [Foo('5'), Foo('6')]
print(a.tag, b.tag, c.tag)
(a, b), c = [Foo('7'), Foo('8'), Foo('9')], 0
