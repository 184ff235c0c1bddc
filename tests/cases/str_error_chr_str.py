print(chr('a'))
