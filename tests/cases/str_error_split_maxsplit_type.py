print('a b'.split(maxsplit='1'))
