print('a'.isdigit('x'))
