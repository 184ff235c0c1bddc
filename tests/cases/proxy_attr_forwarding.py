# A proxy forwards attribute reads, stores and deletes to its referent.
import weakref


class Box:
    def __init__(self):
        self.item = [1]


b = Box()
p = weakref.proxy(b)
print(p.item)
p.item = [2]
print(b.item)
p.extra = {'k': 1}
print(b.extra)
del p.extra
print(hasattr(b, 'extra'))
