print('abc'.rpartition(''))
