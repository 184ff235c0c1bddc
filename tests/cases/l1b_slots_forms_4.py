import weakref
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
class S:
    __slots__ = ()
s = S()
for nm in ['a', 'b', 'c']:
    try:
        setattr(s, nm, D(nm))
    except AttributeError as e:
        print(e)
try:
    w = weakref.ref(s)
    print('weak ok')
except TypeError as e:
    print(e)
del s
print('end')
