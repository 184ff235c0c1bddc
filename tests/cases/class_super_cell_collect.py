# A class whose methods call super() (their __class__ cell holds it),
# with a property and a classmethod, dies only in a collection, with the
# traced objects it holds.
import gc
import weakref


class Tag:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('tag gone', self.name)


class Base:
    registry = [Tag('base registry')]

    def hello(self):
        return 'base'


class Child(Base):
    shared = Tag('child shared')

    def hello(self):
        return 'child>' + super().hello()

    @property
    def prop(self):
        return self.hello()

    @classmethod
    def make(cls):
        return cls()


c = Child.make()
print(c.prop)
r = weakref.ref(c)
m = Child.hello
k = Child()
del Child
c = None
print('collect 1')
gc.collect()
print(m(k), r())
m = None
k = None
del Base
print('collect 2')
gc.collect()
print('end')
