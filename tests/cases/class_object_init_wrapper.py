# object.__init__ through an instance, super() and a class without
# __init__ of its own: a method-wrapper holding the instance.
import sys


class Plain:
    pass


class Child(Plain):
    def __init__(self):
        print(super().__init__)
        super().__init__()


p = Plain()
w = p.__init__
print(w, sys.getrefcount(p), w())
w = None
print(sys.getrefcount(p), p.__init__())
c = Child()
Plain.__init__(c)
print('end')
