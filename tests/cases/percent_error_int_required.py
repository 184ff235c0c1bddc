print('%x' % 'a')
