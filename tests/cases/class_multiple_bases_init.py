# Multiple inheritance: each class keeps its own attribute order; an
# explicit Base.__init__(self) through a base found along the MRO.
class Part:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('part gone', self.tag)


class Named:
    def __init__(self, name):
        self.name = Part(name)


class Sized:
    def setup(self, size):
        self.size = Part(size)


class Thing(Named, Sized):
    def __init__(self):
        self.size = Part('early size')
        Named.__init__(self, 'thing')
        self.setup('late size')


class Other(Sized, Named):
    pass


o = Other('other')
o.setup('other size')
t = Thing()
print(t.name.tag, t.size.tag, isinstance(t, Sized), issubclass(Other, Named))
o = None
t = None
print('end')
