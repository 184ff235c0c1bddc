# A staticmethod object is callable itself (3.10+), also as __init__'s
# neighbour in a class body; property objects are not.
class Tag:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('tag gone', self.name)


def make(name):
    return Tag(name)


sm = staticmethod(make)
t = sm('direct')
print(t.name, callable(sm))


class Factory:
    build = staticmethod(make)
    helper = sm


print(Factory.build('via class').name, Factory().helper('via instance').name)
p = property(make)
p('x')
