# indexing, *, +, comparisons, in, iteration, len
s = 'héllo'
print(s[0], s[1], s[-1], s[-5], len(s), s * 2, 2 * s, s * 0 == '', s * -1 == '', 'a' + s)
print('abc' < 'abd', 'abc' < 'ab', 'B' < 'a', 'é' > 'z', 'a' == 'a', 'a' != 'b', 'abc' >= 'abc')
print('ll' in s, 'x' in s, '' in s, 'x' not in s, 'é' in s)
for ch in 'a\u263a\x00':
    print(repr(ch), ord(ch))
n = 0
for ch in s:
    n += 1
print(n, s[True], list('ab'), tuple('ab'))
