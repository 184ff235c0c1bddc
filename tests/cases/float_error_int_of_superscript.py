# A superscript two is a digit but no decimal one: int() refuses it.
print(int('２'))
print(int('²'))
