import sys


class Base:
    def __init__(self):
        print('in Base.__init__', sys.getrefcount(self))


class Sub(Base):
    def __init__(self):
        print('in Sub.__init__', sys.getrefcount(self))
        Base.__init__(self)


s = Sub()
print(sys.getrefcount(s))
