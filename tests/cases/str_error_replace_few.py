print('abc'.replace('a'))
