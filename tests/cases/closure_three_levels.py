# A free variable passes through the function between: the middle one
# gets it as a free variable too, so its closure holds the same cell.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def top():
    x = Foo('x')

    def middle():
        def bottom():
            return x.tag
        return bottom
    return middle


m = top()
print('top done')
b = m()
m = None
print('middle gone', b())
b = None
print('end')
