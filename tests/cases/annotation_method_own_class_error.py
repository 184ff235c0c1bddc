# Inside its own body a class's name is not bound yet: `-> Point` fails
# while the class body runs; `-> 'Point'` would not.
class Point:
    def __init__(self, x: int) -> None:
        self.x = x

    def copy(self) -> Point:
        return Point(self.x)


print('not reached')
