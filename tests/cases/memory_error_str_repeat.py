# str repeat: past Py_ssize_t characters OverflowError, below it a size
# malloc refuses is MemoryError; the empty string repeats to itself.
try:
    b = 'ab' * (2 ** 61)
except Exception as e:
    print('memory', repr(e))
try:
    b = 'abcdefgh' * (2 ** 61)
except Exception as e:
    print('overflow', repr(e))
try:
    b = 'é' * (2 ** 62)
except Exception as e:
    print('memory', repr(e))
print(repr('' * 2 ** 62), len('xy' * 3))
b = [1] + ['ab'] * 2
c = 'abc' * (2 ** 62)
