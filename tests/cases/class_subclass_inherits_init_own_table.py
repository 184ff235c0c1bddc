class Part:
    def __init__(self, tag):
        self.tag = tag


class Base:
    def __init__(self):
        self.x = Part('x')
        self.y = Part('y')


class Sub(Base):
    pass


b = Base()
del b.x
b.x = Part('x again')
b.z = Part('z')
s = Sub()
s.z = Part('sub z')
print('Sub has its own order: x, y, z')
s = None
b = None
print('end')
