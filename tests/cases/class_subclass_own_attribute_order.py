class Part:
    def __init__(self, tag):
        self.tag = tag


class Base:
    def __init__(self):
        self.x = Part('x')
        self.y = Part('y')


class Sub(Base):
    def __init__(self):
        self.y = Part('y first')
        self.x = Part('x second')


b = Base()
s = Sub()
print('Base releases x then y, Sub releases y then x')
b = None
s = None
print('end')
