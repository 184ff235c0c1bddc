# Shapes: an abstract-looking base, overridden methods calling the base's
# through super() and Base.method(self), class-level constants, a
# registry decorator that keeps every function it sees.
registry = []


def register(func):
    registry.append(func)
    return func


class Shape:
    sides = 0
    names = {}

    def __init__(self, name):
        self.name = name
        Shape.names[name] = self

    @register
    def area(self):
        return 0

    def describe(self):
        return self.name + ' with ' + str(self.sides) + ' sides, area ' + str(self.area())


class Rect(Shape):
    sides = 4

    def __init__(self, name, w, h):
        super().__init__(name)
        self.w = w
        self.h = h

    @register
    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, name, side):
        Rect.__init__(self, name, side, side)

    def describe(self):
        return 'square: ' + super().describe()


shapes = [Rect('r', 2, 3), Square('s', 2), Shape('blob')]
for s in shapes:
    print(s.describe())
print(len(registry), registry[0].__qualname__, registry[1].__qualname__, registry[1].__name__)
print(list(Shape.names), issubclass(Square, Shape), Square.sides, Square.__name__)
shapes = None
print(len(Shape.names))
Shape.names.clear()
print('end')
