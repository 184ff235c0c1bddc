print(chr(97) is 'a', chr(97) is chr(97), chr(65) is 'A', chr(300) is chr(300), chr(0) is '\x00')
print(chr(255) is 'ÿ', chr(256) == 'Ā', chr(95) is '_', chr(103) is 'g')
x = ''.join(['ab', 'c'])
print(x[1] is chr(98), ''.join(['b']) is 'b', ''.join([chr(98)]) is chr(98))
