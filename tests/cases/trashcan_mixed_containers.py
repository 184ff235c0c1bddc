class Box:
    def __init__(self, inner):
        self.inner = inner
        self.tag = Tag()


class Tag:
    pass


x = None
for i in range(25):
    x = [Box({'v': x, 't': Tag()}), Tag()]
x = None
print('end')
