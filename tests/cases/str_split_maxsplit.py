# maxsplit from the left and from the right, whitespace or a separator.
s = '  a  b  c  '
print(s.split(None, 1), s.rsplit(None, 1), s.split(None, 0), s.rsplit(None, 0), s.split(maxsplit=2))
t = 'a::b::c::d'
print(t.split('::', 2), t.rsplit('::', 2), t.split('::', -5), t.rsplit(sep='::', maxsplit=1))
print('aaa'.split('a'), 'aaa'.rsplit('aa'), 'aaa'.split('aa'), 'x'.split(sep=None), 'a b'.rsplit())
print('a\u3000b\x85c'.split(), 'a\x1cb'.split(), 'a,b'.split(',', True), 'é,é'.rsplit(',', 1))
