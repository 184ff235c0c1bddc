# `Base.__init__(self)` where Base defines no __init__ is object.__init__:
# fine without arguments, TypeError with extra arguments (not AttributeError).
class Base:
    pass
class Sub(Base):
    def __init__(self, v):
        Base.__init__(self)
        print('base init ok')
        Base.__init__(self, v)
        print('not reached')
s = Sub(Base())
