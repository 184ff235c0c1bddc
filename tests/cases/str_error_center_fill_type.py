print('a'.ljust(5, 0))
