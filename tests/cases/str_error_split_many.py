print('a b'.split(' ', 1, 2))
