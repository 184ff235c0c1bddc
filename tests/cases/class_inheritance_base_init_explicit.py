class Base:
    def __init__(self, tag):
        self.tag = tag
        self.base_part = Part('base')


class Part:
    def __init__(self, tag):
        self.tag = tag


class Child(Base):
    def __init__(self, tag):
        self.child_part = Part('child')
        Base.__init__(self, tag)


c = Child('c')
print(c.tag, c.base_part.tag, c.child_part.tag)
c = None
print('end')
