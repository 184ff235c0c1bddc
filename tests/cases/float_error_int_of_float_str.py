# int() reads no float text: ValueError.
print(int('25'))
print(int('2.5'))
