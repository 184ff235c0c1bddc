print('a {'.format())
