print(chr(2 ** 40))
