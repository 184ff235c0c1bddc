print(r'a\nb', R'x', u'prefix', 'a' 'b', 0x1F, 0o17, 0b101, 1_000_000)
x = 1 + \
    2
print(x); print('semicolon')
