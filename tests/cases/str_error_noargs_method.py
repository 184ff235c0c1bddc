print('a'.upper(1))
