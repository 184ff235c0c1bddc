print('a'.rstrip('a', 'b'))
