k = ''.join(['x', 'y'])
class G:
    def __getattr__(self, name):
        return name
    def __format__(self, spec):
        return spec
    def __getitem__(self, key):
        return key
g = G()
print(getattr(g, k) is k, g.xy is 'xy', getattr(g, 'xy') is 'xy')
print(format(g, k) is k, f'{g:xy}' is 'xy', format(g) is '', f'{g:{k}}' is k)
print(g[k] is k)
class B:
    def __repr__(self):
        return k
class D(B):
    def __repr__(self):
        return super().__repr__()
    def __str__(self):
        return super().__str__()
print(repr(D()) is k, str(D()) is k)
class E:
    def __repr__(self):
        return super().__repr__()
print(repr(E()) is repr(E()))
