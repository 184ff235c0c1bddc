# zip and enumerate reuse their result tuple: the items of the last step
# live until the next step (or the end of the loop).
class Foo:
    def __init__(self, t):
        self.t = t
    def __del__(self):
        print('del', self.t)
l = [Foo('a'), Foo('b')]
for x, n in zip(l, [1, 2]):
    l.pop(0)
    del x
    print('step', n)
print('zip done')
m = [Foo('c'), Foo('d')]
for i, x in enumerate(m):
    m.pop(0)
    del x
    print('step', i)
print('enumerate done')
d = {'k': Foo('v')}
for k, v in d.items():
    d[k] = 0
    del v
    print('replaced')
print('items done')
