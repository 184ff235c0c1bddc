import weakref
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
class S1:
    __slots__ = ('b', 'a')
class S2:
    __slots__ = 'a'
class S3:
    __slots__ = ['b', 'a']
class S4:
    __slots__ = ()
class S5:
    __slots__ = ('a', '__weakref__')
class S6:
    __slots__ = ('__dict__',)
class S7:
    __slots__ = ('a', 'b', '__dict__', '__weakref__')
def probe(cls):
    s = cls()
    for nm in ['a', 'b', 'c']:
        try:
            setattr(s, nm, D(cls.__name__ + nm))
        except AttributeError as e:
            print(e)
    try:
        w = weakref.ref(s)
        print('weak ok')
    except TypeError as e:
        print(e)
    del s
    print('end', cls.__name__)
for cls in [S1, S2, S3, S4, S5, S6, S7]:
    probe(cls)
