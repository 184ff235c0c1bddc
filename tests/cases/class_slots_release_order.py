# Slots are released first: the class's own in alphabetical order, then
# its bases'; then the instance dict of a subclass without __slots__.
class Part:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('part gone', self.tag)


class Base:
    __slots__ = ('zeta', 'alpha')


class Mid(Base):
    __slots__ = ['mid_b', 'mid_a']

    def __init__(self):
        self.zeta = Part('zeta')
        self.mid_b = Part('mid_b')
        self.alpha = Part('alpha')
        self.mid_a = Part('mid_a')


class Free(Mid):
    def __init__(self):
        self.extra = Part('extra')
        super().__init__()
        self.more = Part('more')


m = Mid()
print(hasattr(m, 'alpha'), hasattr(m, 'nothing'))
del m.alpha
print(hasattr(m, 'alpha'))
m.alpha = Part('alpha again')
m = None
print('mid done')
f = Free()
f = None
print('end')
