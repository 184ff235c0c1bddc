print('abc'.rfind())
