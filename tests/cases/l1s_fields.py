s = ''.join(['a', 'b', 'c'])
class O:
    pass
o = O()
o.t = s
print('{0[0]}'.format([s]) is s, '{0.t}'.format(o) is s, '{x.t}'.format(x=o) is s, '{0[k]}'.format({'k': s}) is s)
print('%5s' % (s,) is '%5s' % (s,), '%-1s' % (s,) is s, f'{1!r}' is f'{1!r}', f'{1!s:>3}' is f'{1!s:>3}')
print(f'{s!s:.1}' is chr(97), f'{s:.1}' is chr(97), f'{s:.0}' is '', f'{s!r:.1}' is "'")
print(str(s)[0] is chr(97), repr(s)[1:-1] is repr(s)[1:-1], repr(chr(65))[1] is chr(65))
for i, c in enumerate(s):
    print(i, c is chr(ord(c)), end='; ')
print()
for a, b in zip(s, [s]):
    print(a is chr(97), b is s)
print({c: 1 for c in s}, [c for c in s][2] is chr(99))
t = s
for _ in range(2):
    t = t + ''
print(t is s, (s * 3)[3:6] == s, (s * 3)[3:6] is s)
