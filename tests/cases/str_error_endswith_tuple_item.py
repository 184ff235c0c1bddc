print('abc'.endswith(('x', 2)))
