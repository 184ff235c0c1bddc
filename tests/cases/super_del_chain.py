# __del__ may call the base's: super().__del__() or Base.__del__(self).
class Part:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('part gone', self.tag)


class Base:
    def __del__(self):
        print('Base.__del__', self.name)


class Mid(Base):
    def __init__(self, name):
        self.name = name
        self.part = Part(name)

    def __del__(self):
        print('Mid.__del__')
        super().__del__()


class Leaf(Mid):
    def __del__(self):
        print('Leaf.__del__')
        Mid.__del__(self)


m = Mid('mid')
m = None
leaf = Leaf('leaf')
del leaf
print('end')
