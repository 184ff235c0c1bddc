print('{:d}'.format('a'))
