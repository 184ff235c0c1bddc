print('abc'.find('a', 1.5))
