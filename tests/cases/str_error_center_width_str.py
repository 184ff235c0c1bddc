print('a'.rjust('5'))
