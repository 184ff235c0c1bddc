print('{0.nope}'.format(5))
