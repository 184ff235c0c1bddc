print('abc'.partition(None))
