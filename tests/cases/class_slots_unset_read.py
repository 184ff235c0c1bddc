class Point:
    __slots__ = 'x'


p = Point()
print(hasattr(p, 'x'))
print(p.x)
