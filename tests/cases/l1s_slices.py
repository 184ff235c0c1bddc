s = ''.join(['a', 'b', 'c'])
print(s[:] is s, s[0:3] is s, s[0:] is s, s[-9:9] is s, s[::1] is s)
print(s[::-1] is s[::-1], s[0:2] is 'ab', s[1:] is s[1:], s[:0] is '', s[5:] is '')
print(s[0:1] is chr(97), s[-1:] is chr(99), s[::3] is chr(97), s[::3] == 'a', s[2:0:-1] is s[2:0:-1])
a = s[0]
print(a[::-1] is a, a[:] is a, a[0] is a)
