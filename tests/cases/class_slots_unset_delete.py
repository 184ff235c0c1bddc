class Point:
    __slots__ = ('x',)


p = Point()
del p.x
