print(format(1114112, 'c'))
