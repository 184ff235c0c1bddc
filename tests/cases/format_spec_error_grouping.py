print(format(5, ',c'))
