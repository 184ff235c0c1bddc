# update() and dict() take a dict, pairs (tuples, lists, two-char strings)
# and keywords, stored in that order; an overwritten value is released
# at once.
class Foo:
    def __init__(self, t):
        self.t = t
    def __del__(self):
        print('del', self.t)
d = {'x': Foo('old x')}
d.update([('x', Foo('new x')), ['y', 2]], z=Foo('z'))
print(sorted(d), d['x'].t)
d.update({'z': 0}, x=1)
print(d)
print(dict(['ab', 'cd']), dict([[1, 2]], w=3), dict(a=1, b=2), dict({1: 2}, **{'c': 3}))
print(dict(zip_free=1) if False else dict())
print('end')
