print('abc'.count('a', 1, 2, 3))
