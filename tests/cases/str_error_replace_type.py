print('abc'.replace('a', 2))
