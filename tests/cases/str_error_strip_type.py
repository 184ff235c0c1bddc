print('a'.strip(5))
