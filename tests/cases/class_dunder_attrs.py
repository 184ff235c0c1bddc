"""A module docstring."""


class Shape:
    """A shape."""

    def area(self, scale=[]):
        """Its area."""
        scale.append(1)
        return len(scale)

    def plain(self):
        return 0


s = Shape()
print(Shape.__qualname__, Shape.area.__qualname__, Shape.__module__, s.__module__)
print(Shape.__doc__, s.__doc__, Shape.area.__doc__, Shape.plain.__doc__)
print(s.area(), s.area(), Shape.area.__defaults__, Shape.plain.__defaults__)
print(s.area.__func__.__name__, s.area.__self__ is s, s.area.__qualname__)
