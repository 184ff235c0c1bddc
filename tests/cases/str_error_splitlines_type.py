print('a'.splitlines('x'))
