# A diamond: C3 puts Left before Right and Base last; a cooperative
# super() chain runs each __init__ once, in MRO order.
import sys


class Item:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('item gone', self.tag)


class Base:
    def __init__(self):
        print('Base')
        self.base_item = Item('base')

    def who(self):
        return 'Base'


class Left(Base):
    def __init__(self):
        print('Left')
        self.left_item = Item('left')
        super().__init__()

    def who(self):
        return 'Left>' + super().who()


class Right(Base):
    def __init__(self):
        print('Right')
        self.right_item = Item('right')
        super().__init__()

    def who(self):
        return 'Right>' + super().who()


class Bottom(Left, Right):
    pass


b = Bottom()
print(b.who())
print(isinstance(b, Right), isinstance(b, (int, Left)), issubclass(Bottom, Base), issubclass(Base, Left))
print(isinstance(b, object), issubclass(Right, (Left, Base)), isinstance(3, int), isinstance(True, int))
print(sys.getrefcount(b))
b = None
print('end')
