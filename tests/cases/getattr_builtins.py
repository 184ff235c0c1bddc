# getattr with and without a default, hasattr, setattr, delattr.
class Box:
    kind = 'box'

    def __init__(self):
        self.items = [1]

    def size(self):
        return len(self.items)


b = Box()
print(getattr(b, 'items'), getattr(b, 'kind'), getattr(b, 'nope', 'default'))
print(getattr(b, 'size')(), hasattr(b, 'items'), hasattr(b, 'nothing'), hasattr(Box, 'size'))
setattr(b, 'extra', [2, 3])
print(b.extra, getattr(Box, 'kind'))
delattr(b, 'items')
print(hasattr(b, 'items'), callable(b.size), callable(Box), callable(b), callable(len), callable(5))
setattr(Box, 'kind', 'crate')
print(b.kind)
d = [getattr(b, 'extra')]
delattr(b, 'extra')
print(d)
print(getattr(b, 'items'))
