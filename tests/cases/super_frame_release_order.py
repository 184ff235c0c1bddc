# A method that calls super() has CPython's __class__ cell: its frame
# still releases the parameters, then the locals in compile order, and
# getrefcount of self inside counts the frame and the bound method.
import sys


class Tag:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('tag gone', self.name)


class Base:
    def work(self, arg):
        print('Base.work refcount', sys.getrefcount(self))
        local = Tag('base local')
        return arg.name


class Child(Base):
    def work(self, arg):
        first = Tag('first')
        result = super().work(Tag('passed'))
        second = Tag('second')
        print('Child.work refcount', sys.getrefcount(self))
        return result + first.name + second.name


c = Child()
print(c.work(Tag('outer arg')))
print(Base.work(c, Tag('direct')))
print(sys.getrefcount(c))
