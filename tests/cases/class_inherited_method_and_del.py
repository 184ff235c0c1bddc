class Base:
    def __del__(self):
        print('Base.__del__ for', self.tag)

    def describe(self):
        return self.tag


class Child(Base):
    def __init__(self, tag):
        self.tag = tag


c = Child('child')
print(c.describe())
c = None
print('end')
