print(''.join(5))
