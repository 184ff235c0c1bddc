# int's format-spec mini-language: fill, align, sign, #, 0, width,
# grouping, the presentation types; bools format as ints once a spec is
# given.
n = 1234567
print(format(n), format(n, ''), format(n, 'd'), format(-n, ','), format(n, '_'))
print(format(n, '>12'), format(n, '<12') + '|', format(n, '^12') + '|', format(-n, '=12'))
print(format(n, '+'), format(n, ' '), format(-n, ' '), format(0, '+'))
print(format(255, 'x'), format(255, 'X'), format(255, '#x'), format(255, '#X'), format(255, '#o'), format(255, '#b'))
print(format(-255, '#010x'), format(255, '010b'), format(n, '012,'), format(n, '_x'), format(n, '#_b'))
print(format(65, 'c'), format(0x263a, 'c'), format(n, 'n'), format(n, '*^+15,'))
print(format(True, ''), format(True, 'd'), format(False, '>3'), format(True, '#x'))
print(format(123456789012345678901234567890, ','), format(-123456789012345678901234567890, '#x'))
print(format(123456789012345678901234567890, '_b'))
print(f'{n:08}|{-n:08}|{n:<08}|{n:^08}|{n:x<10}|{n:é>10}')
