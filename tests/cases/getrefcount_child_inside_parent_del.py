import sys


class Child:
    pass


class Parent:
    def __init__(self):
        self.child = Child()

    def __del__(self):
        print('child count in parent __del__', sys.getrefcount(self.child))


p = Parent()
p = None
print('end')
