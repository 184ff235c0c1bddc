print('abc' % 1)
