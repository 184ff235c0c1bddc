class Part:
    pass


class Base:
    def __init__(self, a, b):
        self.a = a


class Sub(Base):
    def __init__(self):
        self.p = Part()
        Base.__init__(self, Part())


s = Sub()
