print('a } b'.format())
