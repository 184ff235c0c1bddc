print('abc%' % 1)
