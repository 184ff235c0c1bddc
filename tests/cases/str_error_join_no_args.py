print(''.join())
