s = ''.join(['a', 'b', 'c'])
class C:
    def __str__(self):
        return s
    def __repr__(self):
        return s
    def __format__(self, spec):
        return s
o = C()
print(str(o) is s, repr(o) is s, format(o) is s, format(o, 'x') is s)
print(f'{o}' is s, f'{o!r}' is s, f'{o!s}' is s, f'{o:y}' is s, f'{o}{""}' is s)
print('%s' % o is s, '%r' % o is s, '%s' % (o,) is s, '{}'.format(o) is s, '{!r}'.format(o) is s)
print(str([o]) is str([o]), repr((o,)) == '(abc,)')
class D:
    def __str__(self):
        return 'A'
print(str(D()) is 'A', f'{D()}' is 'A', '%s' % D() is 'A')
e = ValueError(s)
print(str(e) is s, e.args[0] is s, repr(e) is repr(e), str(ValueError()) is '')
