# Unpacking an iterator with more items than targets: the items taken are
# released (the last first), then the iterator.
class Foo:
    def __init__(self, t):
        self.t = t
    def __del__(self):
        print('del', self.t)
a, b = iter([Foo('a'), Foo('b'), Foo('c')])
