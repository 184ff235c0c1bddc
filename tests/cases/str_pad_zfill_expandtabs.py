# center ljust rjust zfill expandtabs
print('[' + 'ab'.center(7) + ']', '[' + 'ab'.center(6, '*') + ']', '[' + 'abc'.center(6) + ']')
print('[' + 'a'.center(4) + ']', '[' + 'a'.center(5, '-') + ']', '[' + 'abc'.center(2) + ']')
print('ab'.ljust(5, '.'), 'ab'.rjust(5, '.'), 'ab'.ljust(1), 'ab'.rjust(-3), 'é'.center(3, 'é'))
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(2), '+'.zfill(3), ''.zfill(2), 'abc'.zfill(6), '-'.zfill(1))
print(repr('a\tb\tc'.expandtabs()), repr('a\tbc\td'.expandtabs(4)), repr('ab\n\tc'.expandtabs(2)))
print(repr('\t'.expandtabs(0)), repr('a\r\tb'.expandtabs(3)), repr('x\ty'.expandtabs(tabsize=1)))
