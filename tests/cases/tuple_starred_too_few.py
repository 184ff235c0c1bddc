# Too few values for a starred target: the list of the rest is freed,
# then the items taken before the star, newest first.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


a, b, *c, d = [Foo('1'), Foo('2'), Foo('3')]
print(a.tag, c, d.tag)
a, b, *c, d, e = [Foo('4'), Foo('5'), Foo('6')]
