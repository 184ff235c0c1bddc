print('{:{}'.format(1))
