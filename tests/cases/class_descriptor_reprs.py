# Reprs and types of property, staticmethod and classmethod objects; a
# property's fget.
import sys
class C:
    @property
    def x(self):
        return 1
    @staticmethod
    def s():
        return 2
    @classmethod
    def c(cls):
        return cls
def f():
    pass
print(C.x)
print(staticmethod(f))
print(classmethod(f))
print(C.c)
print(C().s)
print(type(C.x), type(staticmethod(f)), type(C), type(1), type('a'), type([]), type(True), type(1.5), type((1,)))
print(isinstance(C.x, property), callable(staticmethod(f)), callable(C.x))
print(C.x.fget)
