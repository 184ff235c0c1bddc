print('a'.zfill())
