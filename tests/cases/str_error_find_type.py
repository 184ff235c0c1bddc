print('abc'.find(1))
