s = ''.join(['a', 'b'])
c = 'ab'
print(id(s) == id(s), id(s) == id(c), id(c) == id('ab'), id(s[:]) == id(s))
t = s.upper().lower()
print(id(t) == id(s), t == s, id(t) == id(t))
print(id(s[0]) == id(chr(97)), id(s[0]) == id('a'), id('') == id(s[:0]))
x = [s, c, s[0], 'a']
print([id(v) == id(x[0]) for v in x])
print(id(s) != id(c), hex(id(s)) == hex(id(s)))
