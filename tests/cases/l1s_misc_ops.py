s = ''.join(['a', 'b', 'c'])
A = chr(65)
print(list(map(str, [s]))[0] is s, list(map(str, [1]))[0] is '1', list(zip(s, s))[0][0] is chr(97))
print(list(enumerate(s))[1][1] is chr(98), sorted(s)[0] is chr(97), tuple(s)[2] is chr(99))
print(list(filter(None, [s, '']))[0] is s, next(iter(s)) is chr(97), next(iter([s])) is s)
class O:
    pass
o = O()
o.t = s
o.t += ''
print(o.t is s)
o.t += 'x'
print(o.t is s, o.t == 'abcx')
l = [s]
l[0] *= 1
print(l[0] is s)
l[0] += A
print(l[0] == 'abcA')
d = {'k': s}
d['k'] += ''
print(d['k'] is s)
print(str(s).strip().lower() is s, (s or 'x') is s, (None or s) is s, (s if s else A) is s)
print(s.ljust(3, '*') is s, s.rjust(4, '*') is s.rjust(4, '*'), A.center(3) is A.center(3))
print(s.split(maxsplit=0)[0] is s, 'a b c'.split(None, 1)[1] is 'b c', 'a b c'.split(None, 1)[0] is chr(97))
print(s.count('a'), s.find('b'), s.startswith(''), s.index('c'))
print(getattr(o, 't') is o.t, getattr(o, ''.join(['t'])) is o.t)
setattr(o, ''.join(['u', 'v']), s)
print(o.uv is s, hasattr(o, ''.join(['uv'])))
print(s.zfill(2) is s, '-1'.zfill(3) is '-1'.zfill(3), s.title().title() is s.title())
x = [s, s]
print(x[0] is x[1], x.copy()[0] is s, x[:][1] is s, (x * 2)[3] is s, (x + x)[2] is s)
print(''.join(reversed(s)) is ''.join(reversed(s)), ''.join(sorted(s)) is s, ''.join(sorted(s)) == s)
