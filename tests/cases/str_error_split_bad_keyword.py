print('a b'.split(sepx=' '))
