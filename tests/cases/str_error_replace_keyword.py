print('abc'.replace('a', 'b', count=1))
