s0 = ''.join(['a', 'b'])
s1 = chr(65)
s2 = ''.join([' ', 'x', 'A'])
s3 = 'abc'
v0 = (('%3s' % ('%.1s' % ('A'))).rjust(0, '*')) + (('A').ljust(0))
v1 = 'A'
v2 = 'ab'
v3 = list({('12'): 1, (((''.join([(s0)])) if (''.join([(s0)])) else ('abc')).rsplit(None, 1)[-1] if ((''.join([(s0)])) if (''.join([(s0)])) else ('abc')).split() else ((''.join([(s0)])) if (''.join([(s0)])) else ('abc'))): 2})[0]
v4 = '%r' % ([c for c in ((min((' a '), ('AbC'))).rpartition('12')[0])][0] if ((min((' a '), ('AbC'))).rpartition('12')[0]) else ((min((' a '), ('AbC'))).rpartition('12')[0]))
v5 = ('x y z')[-1:1]
v6 = 'a'
v7 = str(len((('a').replace('12', 'x y z'))))
v8 = ((s1))[0] if (s1) else (s1)
v9 = ('é').rjust(4, '*')
v10 = list({('A'): 1, (('a\tb').removeprefix(' a ')): 2})[0]
v11 = s3
print(0, v0 is v11, v0 is ' a ', v0 == ' a ', v0 is chr(ord(v0)) if len(v0) == 1 else v0 is s0)
print(1, v1 is v3, v1 is 'abc', v1 == 'abc', v1 is chr(ord(v1)) if len(v1) == 1 else v1 is s0)
print(2, v2 is v0, v2 is '\u0101', v2 == '\u0101', v2 is chr(ord(v2)) if len(v2) == 1 else v2 is s0)
print(3, v3 is v11, v3 is 'é', v3 == 'é', v3 is chr(ord(v3)) if len(v3) == 1 else v3 is s0)
print(4, v4 is v5, v4 is s1, v4 == s1, v4 is chr(ord(v4)) if len(v4) == 1 else v4 is s0)
print(5, v5 is v9, v5 is '0', v5 == '0', v5 is chr(ord(v5)) if len(v5) == 1 else v5 is s0)
print(6, v6 is v6, v6 is '\u0101', v6 == '\u0101', v6 is chr(ord(v6)) if len(v6) == 1 else v6 is s0)
print(7, v7 is v1, v7 is s3, v7 == s3, v7 is chr(ord(v7)) if len(v7) == 1 else v7 is s0)
print(8, v8 is v9, v8 is 'a,b', v8 == 'a,b', v8 is chr(ord(v8)) if len(v8) == 1 else v8 is s0)
print(9, v9 is v3, v9 is 'AbC', v9 == 'AbC', v9 is chr(ord(v9)) if len(v9) == 1 else v9 is s0)
print(10, v10 is v6, v10 is s0, v10 == s0, v10 is chr(ord(v10)) if len(v10) == 1 else v10 is s0)
print(11, v11 is v10, v11 is '12', v11 == '12', v11 is chr(ord(v11)) if len(v11) == 1 else v11 is s0)
