print(format(5, 5))
