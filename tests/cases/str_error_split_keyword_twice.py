print('a b'.rsplit(' ', sep=' '))
