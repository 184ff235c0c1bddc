print('-'.join(('a', 'b', None)))
