s = ''.join(['a', 'b', 'c'])
print(s + '' is s, '' + s is s, s + s is s + s, (s + 'x') == 'abcx', s + 'x' is 'abcx')
print(s * 1 is s, 1 * s is s, s * 0 is '', s * -3 is '', s * 2 is s * 2)
t = s
t += ''
print(t is s)
t += 'd'
print(t is s, t == 'abcd', t is 'abcd')
e = ''
e += s
print(e is s)
a = chr(65)
print(a + '' is a, '' + a is a, a * 1 is a)
