print('a'.center(10 ** 30))
