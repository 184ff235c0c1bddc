# An exception escaping __del__ is ignored: the rest of __del__ does not
# run, its frame and what the exception held go at once.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


class Bad:
    def __del__(self):
        held = Foo('local of __del__')
        print('bad __del__')
        raise ValueError(Foo('in args'))
        print('not printed')


b = Bad()
b = None
print('after')
try:
    raise KeyError('outer')
except KeyError:
    Bad()
    print('still handling')
print('end')
