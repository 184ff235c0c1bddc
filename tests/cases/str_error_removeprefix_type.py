print('abc'.removeprefix(1))
