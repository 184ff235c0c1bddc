import sys

class Box:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

def outer(a):
    b = Box('b')
    def inner(x, y=Box('default')):
        z = Box('z')
        print('inner', x.name, y.name, z.name)
        return x
    print(inner.__name__, inner.__qualname__)
    r = inner(a)
    print(sys.getrefcount(a))
    return inner

f = outer(Box('a'))
print(f.__qualname__)
print(f(Box('c')).name)
del f
print('end')
