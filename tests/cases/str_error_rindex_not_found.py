print('abc'.rindex('a', 1))
