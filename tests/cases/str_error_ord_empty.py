print(ord(''))
