# splitlines: every line boundary CPython knows, keepends.
s = 'a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\n\n'
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True) == s.splitlines(1), ''.splitlines(), '\n'.splitlines(), 'x'.splitlines(True))
